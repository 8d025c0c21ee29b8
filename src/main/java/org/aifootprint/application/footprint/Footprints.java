package org.aifootprint.application.footprint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aifootprint.application.factor.Factors;
import org.aifootprint.calculation.Acquisition;
import org.aifootprint.calculation.Disposal;
import org.aifootprint.calculation.Factor;
import org.aifootprint.calculation.FacilityMetrics;
import org.aifootprint.calculation.FacilityProfile;
import org.aifootprint.calculation.Footprint;
import org.aifootprint.calculation.FootprintEngine;
import org.aifootprint.calculation.FootprintInput;
import org.aifootprint.calculation.Instrument;
import org.aifootprint.calculation.UsageRecord;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.energy.ProcurementRepository;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityRepository;
import org.aifootprint.domain.factor.FactorCategory;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.factor.FactorValue;
import org.aifootprint.domain.hardware.HardwareAsset;
import org.aifootprint.domain.hardware.HardwareRepository;
import org.aifootprint.domain.hardware.LifecycleEvent;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.usage.ComputeUsageRepository;
import org.aifootprint.domain.usage.DataSource;
import org.aifootprint.domain.usage.UsageLine;

/**
 * The footprint of a period: loads the tenant's activity data, resolves every factor from one factor set (and
 * the tenant's overrides as of one instant), hands values to the pure {@link FootprintEngine} and returns its
 * result. The same period, factor set version and instant always give the same figures.
 */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR"})
public class Footprints {

    /** The longest period one calculation covers. */
    static final int MAX_DAYS = 3 * 366;

    /** A calculated footprint and the factor set and override instant it was calculated with. */
    public record Result(Footprint footprint, FactorTable table) {
        public String factorSet() {
            return table.version();
        }

        public Instant overridesAsOf() {
            return table.overridesAsOf();
        }
    }

    @Inject
    private Factors factors;
    @Inject
    private FacilityRepository facilities;
    @Inject
    private ComputeUsageRepository usage;
    @Inject
    private ProcurementRepository procurement;
    @Inject
    private HardwareRepository hardware;

    public Result footprint(LocalDate from, LocalDate to, String factorSetVersion, Instant overridesAsOf) {
        InvalidInput.Checks checks = new InvalidInput.Checks();
        checks.refuseIf(from == null, "from", "is required as YYYY-MM-DD");
        checks.refuseIf(to == null, "to", "is required as YYYY-MM-DD");
        checks.throwIfAny();
        checks.refuseIf(to.isBefore(from), "to", "must not be before from");
        checks.refuseIf(!to.isBefore(from.plusDays(MAX_DAYS)), "to", "a footprint covers at most three years");
        checks.throwIfAny();
        FactorTable table = factors.table(factorSetVersion, overridesAsOf);
        try {
            return new Result(FootprintEngine.calculate(input(from, to, table)), table);
        } catch (IllegalArgumentException refused) {
            throw InvalidInput.of(null, "The footprint cannot be calculated: " + refused.getMessage());
        }
    }

    FootprintInput input(LocalDate from, LocalDate to, FactorTable table) {
        List<FacilityProfile> profiles = new ArrayList<>();
        for (Facility f : facilities.findAll()) {
            profiles.add(profile(f, table));
        }
        List<FacilityMetrics> metrics = facilities.findMetricsOverlapping(from, to).stream().map(m -> {
            Map<String, Double> refrigerants = new HashMap<>();
            m.getRefrigerants().forEach(r -> refrigerants.merge(r.getGas(), r.getMassKg(), Double::sum));
            return new FacilityMetrics(m.getId(), m.getFacility().getCode(), m.getPeriodStart(), m.getPeriodEnd(), m.getTotalEnergyKwh(),
                    m.getItEnergyKwh(), m.getPue(), m.getWaterConsumedLitres(), m.getWueLitresPerKwh(), m.getRenewableOnSiteKwh(),
                    m.getGeneratorFuelLitres(), refrigerants);
        }).toList();
        Map<String, UsageRecord.Hardware> hardwareFactors = new HashMap<>();
        List<UsageRecord> records = new ArrayList<>();
        Map<String, FactorTable> setTables = new HashMap<>();
        for (UsageLine u : usage.findLinesOverlapping(from, to)) {
            UsageRecord.Hardware h = hardwareFactors.computeIfAbsent(u.hardware(), code -> new UsageRecord.Hardware(code,
                    factor(table, FactorCategory.HARDWARE_TDP, code), factor(table, FactorCategory.HARDWARE_IDLE, code),
                    factor(table, FactorCategory.HARDWARE_EMBODIED, code), factor(table, FactorCategory.HARDWARE_LIFETIME, code)));
            boolean billed = u.dataSource() == DataSource.BILLING_IMPORT && u.energyKwh() != null;
            UsageRecord.CloudEstimate estimate = billed ? new UsageRecord.CloudEstimate(u.energyKwh(),
                    u.energyLowKwh() == null ? u.energyKwh() : u.energyLowKwh(), u.energyHighKwh() == null ? u.energyKwh() : u.energyHighKwh(),
                    estimateFactors(u.energyFactors(), table, setTables)) : null;
            records.add(new UsageRecord(u.id(), u.model(), u.team(), u.phase().code(), u.periodStart(), u.periodEnd(), u.facility(), h,
                    u.deviceCount(), u.hoursPerDevice(), u.avgPowerW(), u.utilization(), billed ? null : u.energyKwh(), u.requests(), estimate));
        }
        List<Instrument> instruments = new ArrayList<>();
        List<String> unretired = new ArrayList<>();
        for (ContractualInstrument i : procurement.findOverlapping(from, to)) {
            if (!i.isRetired()) {
                unretired.add(i.getKind().label() + " " + (i.getCertificateIds() == null ? "#" + i.getId() : i.getCertificateIds()));
                continue; // GHG Protocol Scope 2 Quality Criteria: only instruments retired for the reporter convey a claim
            }
            instruments.add(new Instrument(i.getId(), table.gridZoneOf(i.getMarketZone()), i.getPeriodStart(), i.getPeriodEnd(), i.getVolumeMwh(),
                    new Factor("instrument:" + i.getId(), "record", i.getEmissionFactorGramsPerKwh() / 1000.0, "kgCO2e/kWh",
                            i.getKind().label() + (i.getCertificateIds() == null ? "" : " " + i.getCertificateIds())
                                    + (i.getSupplier() == null ? "" : ", " + i.getSupplier()))));
        }
        List<Acquisition> acquisitions = new ArrayList<>();
        for (HardwareAsset a : hardware.findAcquiredBetween(from, to)) {
            acquisitions.add(new Acquisition(a.getId(), a.getHardware().getCode(), a.getAcquiredOn(), a.getQuantity(),
                    new Factor("asset:" + a.getId() + ":embodied", "record", a.getEmbodiedKgCo2e(), "kgCO2e/unit", a.getEmbodiedSource())));
        }
        List<Disposal> disposals = new ArrayList<>();
        for (LifecycleEvent e : hardware.findDisposalsBetween(from, to)) {
            String disposition = e.getDisposition().name().toLowerCase(Locale.ROOT);
            Factor eol = factor(table, FactorCategory.END_OF_LIFE, disposition);
            if (eol == null) {
                throw InvalidInput.of("factorSet", "factor set " + table.version() + " has no end-of-life factor for " + disposition);
            }
            disposals.add(new Disposal(e.getId(), e.getOccurredOn(), disposition, e.getMassKg(), eol));
        }
        return new FootprintInput(from, to, profiles, metrics, records, instruments, acquisitions, disposals, FootprintInput.DEFAULT_UTILIZATION,
                unretired.stream().map(i -> "contractual instrument " + i + " is not retired; not used for market-based Scope 2").toList());
    }

    private FacilityProfile profile(Facility f, FactorTable table) {
        String zone = table.gridZoneOf(f.getGridZone());
        Factor location = factor(table, FactorCategory.GRID_LOCATION, zone);
        if (location == null) {
            throw InvalidInput.of("factorSet", "facility " + f.getCode() + ": grid zone " + f.getGridZone() + " has no location-based factor in factor set "
                    + table.version());
        }
        String region = f.getGridZone().trim();
        Factor supplier = f.getSupplierFactorGramsPerKwh() == null ? null : new Factor("facility:" + f.getCode() + ":supplier-factor", "record",
                f.getSupplierFactorGramsPerKwh() / 1000.0, "kgCO2e/kWh", f.getSupplierFactorEvidence());
        Factor defaultPue = f.getDefaultPue() != null
                ? new Factor("facility:" + f.getCode() + ":default-pue", "record", f.getDefaultPue(), "ratio", "Facility record " + f.getCode())
                : factor(table, FactorCategory.CLOUD_PUE, region);
        Factor defaultWue = f.getDefaultWueLitresPerKwh() != null
                ? new Factor("facility:" + f.getCode() + ":default-wue", "record", f.getDefaultWueLitresPerKwh(), "L/kWh", "Facility record " + f.getCode())
                : factor(table, FactorCategory.CLOUD_WUE, region);
        Map<String, Factor> gwp = new HashMap<>();
        for (String gas : List.of("R-134a", "R-410A", "R-32", "R-125", "R-407C", "R-404A", "R-1234ze(E)", "R-1234yf", "R-22", "R-513A", "SF6")) {
            Optional.ofNullable(factor(table, FactorCategory.REFRIGERANT_GWP, gas)).ifPresent(g -> gwp.put(gas, g));
        }
        return new FacilityProfile(f.getCode(), zone, f.isCloud(), location,
                fallback(table, FactorCategory.GRID_RESIDUAL_MIX, zone), supplier,
                fallback(table, FactorCategory.TD_LOSS, zone), fallback(table, FactorCategory.WTT_GENERATION, zone),
                fallback(table, FactorCategory.WTT_TD, zone), fallback(table, FactorCategory.ELECTRICITY_WATER, zone),
                defaultPue, defaultWue, diesel(table), gwp);
    }

    private static Factor diesel(FactorTable table) {
        for (String key : List.of("diesel", "diesel-average-biofuel-blend", "diesel-100-mineral")) {
            Factor f = factor(table, FactorCategory.FUEL_COMBUSTION, key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static Factor factor(FactorTable table, FactorCategory category, String key) {
        return table.find(category, key).map(Footprints::toEngine).orElse(null);
    }

    private static Factor fallback(FactorTable table, FactorCategory category, String zone) {
        return table.findWithFallback(category, zone).map(Footprints::toEngine).orElse(null);
    }

    /**
     * The coefficients a billing estimate was made with, as they were: each "id@version" is looked up in the
     * factor set of that version (not the one of this calculation), so the appendix shows the values used.
     */
    private List<Factor> estimateFactors(String refs, FactorTable current, Map<String, FactorTable> setTables) {
        List<Factor> out = new ArrayList<>();
        if (refs == null || refs.isBlank()) {
            return out;
        }
        for (String ref : refs.trim().split("\\s+")) {
            int at = ref.lastIndexOf('@');
            int colon = ref.indexOf(':');
            if (at < 0 || colon < 0) {
                continue;
            }
            String version = ref.substring(at + 1);
            FactorCategory category = FactorCategory.fromCode(ref.substring(0, colon)).orElse(null);
            if (category == null) {
                continue;
            }
            String key = ref.substring(colon + 1, at);
            FactorTable t = version.startsWith("override") ? current
                    : setTables.computeIfAbsent(version, v -> v.equals(current.version()) ? current : factors.table(v, current.overridesAsOf()));
            t.find(category, key).map(Footprints::toEngine).ifPresent(out::add);
        }
        return out;
    }

    private static Factor toEngine(FactorValue v) {
        return new Factor(v.id(), v.version(), v.value(), v.unit(), v.source());
    }
}
