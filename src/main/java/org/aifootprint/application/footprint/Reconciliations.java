package org.aifootprint.application.footprint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aifootprint.calculation.CloudReconciliation;
import org.aifootprint.calculation.LineItem;
import org.aifootprint.calculation.Measure;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityRepository;
import org.aifootprint.domain.factor.FactorCategory;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.factor.FactorValue;
import org.aifootprint.domain.imports.BillingLines;
import org.aifootprint.domain.imports.ProviderEmissions;

/**
 * Cloud reconciliation of a period: the providers' own carbon figures (imported exports) beside this product's
 * estimates for the same provider and month — the footprint of usage in the provider's regions, and the estimate
 * of every estimated billing line (IT energy × the region's PUE × the zone's grid average) — with the reasons
 * they differ ({@link CloudReconciliation}).
 */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR"})
public class Reconciliations {

    @Inject
    private Footprints footprints;
    @Inject
    private FacilityRepository facilities;
    @Inject
    private ProviderEmissions providerEmissions;
    @Inject
    private BillingLines billingLines;

    public record Result(LocalDate from, LocalDate to, String factorSet, List<CloudReconciliation.Row> rows) {
    }

    public Result reconcile(LocalDate from, LocalDate to) {
        Footprints.Result f = footprints.footprint(from, to, null, null);
        FactorTable table = f.table();
        Map<String, String> providerOf = new HashMap<>();
        for (Facility facility : facilities.findAll()) {
            String zone = facility.getGridZone();
            if (zone != null && table.isCloudRegion(zone) && zone.contains(":")) {
                providerOf.put(facility.getCode(), zone.substring(0, zone.indexOf(':')).toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Map<YearMonth, double[]>> ai = new HashMap<>();
        for (LineItem item : f.footprint().lineItems()) {
            String provider = item.facility() == null ? null : providerOf.get(item.facility());
            if (provider == null || item.month() == null) {
                continue;
            }
            double[] sums = ai.computeIfAbsent(provider, p -> new HashMap<>()).computeIfAbsent(item.month(), m -> new double[2]);
            if (item.measure() == Measure.SCOPE3_CAT1) {
                sums[0] += item.value();
            } else if (item.measure() == Measure.EMBODIED_SHARE) {
                sums[1] += item.value();
            }
        }
        Map<String, Map<YearMonth, double[]>> bill = new HashMap<>();
        for (BillingLines.MonthlyEnergy e : billingLines.energyByMonth(from, to)) {
            if (e.provider() == null) {
                continue;
            }
            double[] sums = bill.computeIfAbsent(e.provider(), p -> new HashMap<>()).computeIfAbsent(YearMonth.of(e.year(), e.month()),
                    m -> new double[3]);
            sums[1] += e.cost();
            sums[2] += e.unmappedCost();
            if (e.energyKwh() > 0 && e.region() != null) {
                String key = e.provider() + ":" + e.region().toLowerCase(Locale.ROOT);
                double pue = table.find(FactorCategory.CLOUD_PUE, key).or(() -> table.find(FactorCategory.CLOUD_POWER_MIN, e.provider() + ":pue-default"))
                        .map(FactorValue::value).orElse(1.0);
                double grid = table.findWithFallback(FactorCategory.GRID_LOCATION, table.gridZoneOf(key)).map(FactorValue::value).orElse(0.0);
                sums[0] += e.energyKwh() * pue * grid;
            }
        }
        Map<String, Map<YearMonth, CloudReconciliation.Ours>> ours = new HashMap<>();
        for (String provider : union(ai.keySet(), bill.keySet())) {
            Map<YearMonth, double[]> a = ai.getOrDefault(provider, Map.of());
            Map<YearMonth, double[]> b = bill.getOrDefault(provider, Map.of());
            for (YearMonth month : union(a.keySet(), b.keySet())) {
                double[] x = a.getOrDefault(month, new double[2]);
                double[] y = b.get(month);
                ours.computeIfAbsent(provider, p -> new HashMap<>()).put(month, new CloudReconciliation.Ours(x[0], x[1], y == null ? null : y[0],
                        y == null || y[1] <= 0 ? null : y[2] / y[1]));
            }
        }
        Map<String, Map<YearMonth, Map<String, Double>>> reported = new HashMap<>();
        Map<String, String> versions = new HashMap<>();
        for (ProviderEmissions.Reported r : providerEmissions.between(from.withDayOfMonth(1), to)) {
            reported.computeIfAbsent(r.provider(), p -> new HashMap<>()).computeIfAbsent(YearMonth.from(r.month()), m -> new HashMap<>())
                    .merge(r.measure(), r.kgCo2e(), Double::sum);
            if (r.modelVersion() != null) {
                versions.put(r.provider() + YearMonth.from(r.month()), r.modelVersion());
            }
        }
        Map<String, Map<YearMonth, CloudReconciliation.Reported>> theirs = new HashMap<>();
        reported.forEach((provider, months) -> months.forEach((month, m) -> theirs.computeIfAbsent(provider, p -> new HashMap<>()).put(month,
                new CloudReconciliation.Reported(m.get("SCOPE1"), m.get("SCOPE2_LOCATION"), m.get("SCOPE2_MARKET"), m.get("SCOPE3"),
                        m.get("TOTAL_LOCATION"), m.get("TOTAL_MARKET"), versions.get(provider + month)))));
        return new Result(from, to, f.factorSet(), CloudReconciliation.reconcile(theirs, ours));
    }

    private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        java.util.Set<T> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }
}
