package org.aifootprint.api.footprint;

import org.aifootprint.api.support.QueryDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aifootprint.application.footprint.Footprints;
import org.aifootprint.calculation.Factor;
import org.aifootprint.calculation.Footprint;
import org.aifootprint.calculation.LineItem;
import org.aifootprint.calculation.Measure;
import org.aifootprint.domain.shared.InvalidInput;

/**
 * {@code GET /api/v1/footprint?from=YYYY-MM-DD&to=YYYY-MM-DD} (ANALYST, AUDITOR): the footprint of the period,
 * kg CO2e, kWh and litres. Optional: {@code factorSet} (a version; default: the one in force today),
 * {@code asOf} (instant of the tenant's factor overrides; default: now) — the response names both, and the same
 * three parameters reproduce the same figures — and {@code lineItems=true} for every traceable line item.
 */
@Path("footprint")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FootprintResource {

    public record ModelJson(String name, String team, double energyKwh, double itEnergyKwh, Map<String, Double> energyKwhByPhase, double operationalKg,
            double operationalMarketKg, double embodiedKg, double totalKg, long requests, Double kgPer1kRequests, double trainingKg, double inferenceKg) {
        static ModelJson of(Footprint.ModelFootprint m) {
            return new ModelJson(m.name(), m.team(), m.energyKwh(), m.itEnergyKwh(), m.energyKwhByPhase(), m.operationalKg(), m.operationalMarketKg(),
                    m.embodiedKg(), m.totalKg(), m.requests(), m.kgPer1kRequests(), m.trainingKg(), m.inferenceKg());
        }
    }

    public record Scope3Json(double cat1, double cat2, double cat3, double cat5, double cat12, double totalKg) {
    }

    public record RangeJson(double value, double low, double high) {
    }

    public record GroupJson(String key, double energyKwh, double itEnergyKwh, double scope1Kg, double scope2LocationKg, double scope2MarketKg,
            double scope3Kg, double waterLitres) {
        static GroupJson of(Object key, Footprint.Totals t) {
            return new GroupJson(String.valueOf(key), t.energyKwh(), t.itEnergyKwh(), t.scope1Kg(), t.scope2LocationKg(), t.scope2MarketKg(),
                    t.scope3Kg(), t.waterLitres());
        }
    }

    public record FactorJson(String ref, String id, String version, double value, String unit, String source) {
        static FactorJson of(Factor f) {
            return new FactorJson(f.ref(), f.id(), f.version(), f.value(), f.unit(), f.source());
        }
    }

    public record FootprintJson(LocalDate from, LocalDate to, String factorSet, Instant overridesAsOf, double energyKwh, double itEnergyKwh,
            double scope1Kg, double scope2LocationKg, double scope2MarketKg, double scope3Kg, Scope3Json scope3, double waterLitres,
            double ewasteKg, Map<String, Double> ewasteKgByDisposition, Double reuseAndRecyclingRate, List<ModelJson> models,
            Map<String, Double> itEnergyShareByTier, Map<String, RangeJson> ranges, List<GroupJson> byMonth, List<GroupJson> byFacility,
            List<GroupJson> byTeam, List<String> gaps, List<FactorJson> factors, List<LineItem> lineItems) {
    }

    @Inject
    private Footprints footprints;

    @GET
    public FootprintJson footprint(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("factorSet") String factorSet,
            @QueryParam("asOf") String asOf, @QueryParam("lineItems") boolean lineItems) {
        Footprints.Result result = footprints.footprint(QueryDates.date("from", from), QueryDates.date("to", to), factorSet, instant(asOf));
        Footprint f = result.footprint();
        Map<String, Double> cats = f.scope3ByCategoryKg();
        Map<String, Double> tiers = new LinkedHashMap<>();
        f.itEnergyShareByTier().forEach((tier, share) -> tiers.put(tier.name().toLowerCase(), share));
        Map<String, RangeJson> ranges = new LinkedHashMap<>();
        for (Measure m : List.of(Measure.IT_ENERGY, Measure.FACILITY_ENERGY, Measure.SCOPE2_LOCATION, Measure.SCOPE2_MARKET, Measure.SCOPE3_CAT1)) {
            ranges.put(name(m), new RangeJson(f.total(m), f.low(m), f.high(m)));
        }
        List<GroupJson> byMonth = new ArrayList<>();
        f.byMonth().forEach((k, v) -> byMonth.add(GroupJson.of(k, v)));
        List<GroupJson> byFacility = new ArrayList<>();
        f.byFacility().forEach((k, v) -> byFacility.add(GroupJson.of(k, v)));
        List<GroupJson> byTeam = new ArrayList<>();
        f.byTeam().forEach((k, v) -> byTeam.add(GroupJson.of(k, v)));
        return new FootprintJson(f.from(), f.to(), result.factorSet(), result.overridesAsOf(), f.energyKwh(), f.itEnergyKwh(), f.scope1Kg(),
                f.scope2LocationKg(), f.scope2MarketKg(), f.scope3Kg(),
                new Scope3Json(cats.get("cat1"), cats.get("cat2"), cats.get("cat3"), cats.get("cat5"), cats.get("cat12"), f.scope3Kg()),
                f.waterLitres(), f.ewasteKg(), f.ewasteKgByDisposition(), f.reuseAndRecyclingRate(), f.models().stream().map(ModelJson::of).toList(),
                tiers, ranges, byMonth, byFacility, byTeam, f.gaps(), f.factorsUsed().values().stream().map(FactorJson::of).toList(),
                lineItems ? f.lineItems() : null);
    }

    private static String name(Measure m) {
        String[] parts = m.name().toLowerCase().split("_");
        StringBuilder s = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            s.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return s.append(m.unit().equals("kWh") ? "Kwh" : "Kg").toString();
    }


    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("asOf", "must be an instant such as 2026-01-31T00:00:00Z");
        }
    }

}
