package org.aifootprint.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aifootprint.calculation.Factor;
import org.aifootprint.calculation.Footprint;
import org.aifootprint.calculation.Formula;
import org.aifootprint.calculation.Measure;
import org.aifootprint.calculation.Tier;

/**
 * The model of {@code report-templates/disclosure.xhtml}: every name the template uses, built from a calculated
 * {@link Footprint} (and the previous period's, for the change) plus the boundary and instruments of the period.
 * Figures are formatted here once; the template only places them.
 */
public final class DisclosureReport {

    public static final String TEMPLATE = "disclosure.xhtml";

    /** Rows the application supplies beside the footprint. */
    public record FacilityRow(String code, String name, String kind, String zone) {
    }

    public record ModelRow(String name, String team, String status, String parameters) {
    }

    public record InstrumentRow(String kind, String supplier, String zone, String period, double mwh, String vintage, String certificates,
            boolean retired, boolean renewable) {
    }

    /** Everything a disclosure shows besides the footprint itself. */
    public record Header(long reportId, String tenantName, String periodLabel, boolean published, String generatedAt, String generatedBy,
            String factorSet, String overridesAsOf, String contentSha256, PdfRenderer.PageSize pageSize) {
    }

    private DisclosureReport() {
    }

    public static Map<String, Object> model(Header header, Footprint now, Footprint previous, List<FacilityRow> facilities, List<ModelRow> models,
            List<InstrumentRow> instruments, long unitsAcquired, double offsetsTonnes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Scope 1-3 AI disclosure");
        m.put("tenantName", header.tenantName());
        m.put("periodLabel", header.periodLabel());
        m.put("statusLabel", header.published() ? "Published" : "Draft — not for filing");
        m.put("statusClass", header.published() ? "published" : "draft");
        m.put("reportId", header.reportId());
        m.put("generatedAt", header.generatedAt());
        m.put("generatedBy", header.generatedBy());
        m.put("factorSet", header.factorSet());
        m.put("overridesAsOf", header.overridesAsOf());
        m.put("contentSha256", header.contentSha256());
        m.put("pageSize", header.pageSize().css());

        double totalLocation = now.scope1Kg() + now.scope2LocationKg() + now.scope3Kg();
        double totalMarket = now.scope1Kg() + now.scope2MarketKg() + now.scope3Kg();
        Double previousLocation = previous == null ? null : previous.scope1Kg() + previous.scope2LocationKg() + previous.scope3Kg();
        m.put("headline", List.of(
                kpi(Numbers.tonnes(totalLocation) + " t", "Total CO2e (location-based Scope 2)", Numbers.change(totalLocation, previousLocation, "previous period")),
                kpi(Numbers.tonnes(totalMarket) + " t", "Total CO2e (market-based Scope 2)",
                        Numbers.change(totalMarket, previous == null ? null : previous.scope1Kg() + previous.scope2MarketKg() + previous.scope3Kg(), "previous period")),
                kpi(Numbers.mwh(now.energyKwh()) + " MWh", "Energy (facility level)", Numbers.change(now.energyKwh(), previous == null ? null : previous.energyKwh(), "previous period")),
                kpi(Numbers.fixed(now.waterLitres() / 1000.0, 1) + " m³", "Water (site + source)",
                        Numbers.change(now.waterLitres(), previous == null ? null : previous.waterLitres(), "previous period"))));
        m.put("summaryText", "In " + header.periodLabel() + " the AI of " + header.tenantName() + " used " + Numbers.mwh(now.energyKwh())
                + " MWh of facility energy (" + Numbers.mwh(now.itEnergyKwh()) + " MWh at the IT equipment) and emitted "
                + Numbers.tonnes(totalLocation) + " t CO2e with location-based Scope 2, " + Numbers.tonnes(totalMarket)
                + " t CO2e with market-based Scope 2. Scope 3 is " + Numbers.tonnes(now.scope3Kg()) + " t CO2e, of which "
                + Numbers.tonnes(now.scope3ByCategoryKg().get("cat2")) + " t for hardware acquired in the period.");

        Map<String, Map<String, Double>> scopes = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("Scope 1", now.scope1Kg() / 1000);
        values.put("Scope 2 location", now.scope2LocationKg() / 1000);
        values.put("Scope 2 market", now.scope2MarketKg() / 1000);
        now.scope3ByCategoryKg().forEach((cat, kg) -> values.put("S3 " + cat.replace("cat", "Cat "), kg / 1000));
        scopes.put("t CO2e", values);
        m.put("chartScopes", Charts.bars("Emissions by scope (t CO2e)", "t CO2e", scopes, false));
        Map<String, Map<String, Double>> trend = new LinkedHashMap<>();
        Map<String, Double> location = new LinkedHashMap<>();
        Map<String, Double> market = new LinkedHashMap<>();
        now.byMonth().forEach((month, t) -> {
            location.put(month.toString(), (t.scope1Kg() + t.scope2LocationKg() + t.scope3Kg()) / 1000);
            market.put(month.toString(), (t.scope1Kg() + t.scope2MarketKg() + t.scope3Kg()) / 1000);
        });
        trend.put("Location-based", location);
        trend.put("Market-based", market);
        m.put("chartTrend", Charts.lines("Monthly emissions (t CO2e)", "t CO2e", trend));

        m.put("facilities", facilities);
        m.put("boundaryModels", models);
        m.put("inventory", inventory(now, previous));
        m.put("offsetsTonnes", Numbers.fixed(offsetsTonnes, 1));

        List<Map<String, Object>> energy = new ArrayList<>();
        now.byFacility().forEach((code, t) -> energy.add(energyRow(code, t, "")));
        energy.add(energyRow("Total", new Footprint.Totals(now.energyKwh(), now.itEnergyKwh(), now.scope1Kg(), now.scope2LocationKg(),
                now.scope2MarketKg(), now.scope3Kg(), now.waterLitres()), "total"));
        m.put("energyByFacility", energy);
        double renewableMwh = instruments.stream().filter(InstrumentRow::renewable).mapToDouble(InstrumentRow::mwh).sum();
        java.util.Set<String> purchasing = new java.util.HashSet<>();
        now.lineItems().stream().filter(i -> i.measure() == Measure.SCOPE2_LOCATION).forEach(i -> purchasing.add(i.facility()));
        double purchasedMwh = now.lineItems().stream().filter(i -> i.measure() == Measure.FACILITY_ENERGY && purchasing.contains(i.facility()))
                .mapToDouble(org.aifootprint.calculation.LineItem::value).sum() / 1000;
        m.put("renewableMwh", Numbers.fixed(renewableMwh, 1));
        m.put("renewableShare", Numbers.percent(purchasedMwh > 0 ? Math.min(1.0, renewableMwh / purchasedMwh) : null));

        m.put("waterSiteM3", Numbers.fixed(now.total(Measure.WATER_SITE) / 1000, 1));
        m.put("waterSourceM3", Numbers.fixed(now.total(Measure.WATER_SOURCE) / 1000, 1));
        m.put("waterTotalM3", Numbers.fixed(now.waterLitres() / 1000, 1));

        m.put("unitsAcquired", Numbers.fixed(unitsAcquired, 0));
        m.put("cat2Tonnes", Numbers.tonnes(now.scope3ByCategoryKg().get("cat2")));
        List<Map<String, Object>> ewaste = new ArrayList<>();
        now.ewasteKgByDisposition().forEach((d, kg) -> ewaste.add(Map.of("disposition", d, "kg", Numbers.fixed(kg, 1))));
        m.put("ewaste", ewaste);
        m.put("reuseRecyclingRate", Numbers.percent(now.reuseAndRecyclingRate()));

        List<Footprint.ModelFootprint> ranked = new ArrayList<>(now.models());
        ranked.sort((a, b) -> Double.compare(b.totalKg(), a.totalKg()));
        List<Map<String, Object>> modelRows = new ArrayList<>();
        Map<String, Double> operational = new LinkedHashMap<>();
        Map<String, Double> embodied = new LinkedHashMap<>();
        for (Footprint.ModelFootprint f : ranked) {
            double training = f.energyKwhByPhase().getOrDefault("training", 0.0) + f.energyKwhByPhase().getOrDefault("fine-tuning", 0.0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", f.name());
            row.put("team", f.team());
            row.put("trainingMwh", Numbers.mwh(training));
            row.put("inferenceMwh", Numbers.mwh(f.energyKwhByPhase().getOrDefault("inference", 0.0)));
            row.put("operationalT", Numbers.tonnes(f.operationalKg()));
            row.put("embodiedT", Numbers.tonnes(f.embodiedKg()));
            row.put("totalT", Numbers.tonnes(f.totalKg()));
            row.put("gPer1k", f.kgPer1kRequests() == null ? "—" : Numbers.fixed(f.kgPer1kRequests() * 1000, 2));
            modelRows.add(row);
            if (operational.size() < 8) {
                operational.put(f.name(), f.operationalKg() / 1000);
                embodied.put(f.name(), f.embodiedKg() / 1000);
            }
        }
        m.put("models", modelRows);
        Map<String, Map<String, Double>> top = new LinkedHashMap<>();
        top.put("Operational", operational);
        top.put("Embodied", embodied);
        m.put("chartModels", Charts.bars("Top models by emissions (t CO2e)", "t CO2e", top, true));

        List<Map<String, Object>> instrumentRows = new ArrayList<>();
        for (InstrumentRow i : instruments) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", i.kind());
            row.put("supplier", i.supplier() == null ? "" : i.supplier());
            row.put("zone", i.zone());
            row.put("period", i.period());
            row.put("mwh", Numbers.fixed(i.mwh(), 1));
            row.put("vintage", i.vintage());
            row.put("certificates", i.certificates() == null ? "" : i.certificates());
            row.put("retired", i.retired() ? "yes" : "no");
            instrumentRows.add(row);
        }
        m.put("instruments", instrumentRows);

        List<Map<String, Object>> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            tiers.add(Map.of("tier", tier.name().toLowerCase(), "share", Numbers.percent(now.itEnergyShareByTier().getOrDefault(tier, 0.0))));
        }
        m.put("tiers", tiers);
        m.put("itMwh", Numbers.mwh(now.itEnergyKwh()));
        m.put("itLowMwh", Numbers.mwh(now.low(Measure.IT_ENERGY)));
        m.put("itHighMwh", Numbers.mwh(now.high(Measure.IT_ENERGY)));
        List<Map<String, Object>> gaps = new ArrayList<>();
        for (int i = 0; i < now.gaps().size(); i++) {
            gaps.add(Map.of("n", i + 1, "text", now.gaps().get(i)));
        }
        m.put("gaps", gaps);
        List<Map<String, Object>> formulas = new ArrayList<>();
        for (Formula f : Formula.values()) {
            formulas.add(Map.of("name", f.name(), "text", f.text()));
        }
        m.put("formulas", formulas);
        List<Map<String, Object>> factors = new ArrayList<>();
        for (Factor f : now.factorsUsed().values()) {
            factors.add(Map.of("id", f.id(), "version", f.version(), "value", String.valueOf(f.value()), "unit", f.unit(),
                    "source", f.source() == null ? "" : f.source()));
        }
        m.put("factors", factors);
        m.put("index", List.of(
                index("GHG Protocol Corporate Standard — Scope 1 and 2 inventory, ch. 9", "3"),
                index("GHG Protocol Scope 2 Guidance — dual reporting, instruments (ch. 7)", "3, 8"),
                index("GHG Protocol Scope 3 Standard — categories 1, 2, 3, 5, 12", "3, 6"),
                index("ESRS E1-5 Energy consumption and mix", "4"),
                index("ESRS E1-6 Gross Scopes 1, 2, 3 and total GHG emissions", "3"),
                index("ESRS E3-4 Water consumption", "5"),
                index("ESRS E5-5 Resource outflows (waste, diverted from disposal)", "6"),
                index("IFRS S2 29(a) Greenhouse gas emissions", "3, 10"),
                index("EU Energy Efficiency Directive, Delegated Regulation (EU) 2024/1364 — energy, PUE, water, renewable energy", "4, 5, 8"),
                index("ISO/IEC 21031 (SCI) — per-model intensity", "7")));
        return m;
    }

    private static Map<String, Object> kpi(String value, String label, String change) {
        return Map.of("value", value, "label", label, "change", change);
    }

    private static Map<String, Object> index(String requirement, String section) {
        return Map.of("requirement", requirement, "section", section);
    }

    private static Map<String, Object> energyRow(String key, Footprint.Totals t, String rowClass) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("rowClass", rowClass);
        row.put("itMwh", Numbers.mwh(t.itEnergyKwh()));
        row.put("facilityMwh", Numbers.mwh(t.energyKwh()));
        row.put("pue", t.itEnergyKwh() > 0 ? Numbers.fixed(t.energyKwh() / t.itEnergyKwh(), 2) : "—");
        row.put("locationT", Numbers.tonnes(t.scope2LocationKg()));
        row.put("marketT", Numbers.tonnes(t.scope2MarketKg()));
        return row;
    }

    private static List<Map<String, Object>> inventory(Footprint now, Footprint previous) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(line("Scope 1 (generators, refrigerants; AI share)", now.scope1Kg(), previous == null ? null : previous.scope1Kg(), "Direct", ""));
        rows.add(line("Scope 2 — location-based", now.scope2LocationKg(), previous == null ? null : previous.scope2LocationKg(), "Grid-average factors", ""));
        rows.add(line("Scope 2 — market-based", now.scope2MarketKg(), previous == null ? null : previous.scope2MarketKg(),
                "Instruments, supplier factors, residual mix", ""));
        String[][] cats = {{"cat1", "Scope 3 Cat 1 — purchased cloud services"}, {"cat2", "Scope 3 Cat 2 — capital goods (hardware)"},
                {"cat3", "Scope 3 Cat 3 — fuel- and energy-related"}, {"cat5", "Scope 3 Cat 5 — waste (e-waste treatment)"},
                {"cat12", "Scope 3 Cat 12 — end of life of resold hardware"}};
        for (String[] c : cats) {
            rows.add(line(c[1], now.scope3ByCategoryKg().get(c[0]), previous == null ? null : previous.scope3ByCategoryKg().get(c[0]), "Estimated", ""));
        }
        rows.add(line("Total (location-based Scope 2)", now.scope1Kg() + now.scope2LocationKg() + now.scope3Kg(),
                previous == null ? null : previous.scope1Kg() + previous.scope2LocationKg() + previous.scope3Kg(), "", "total"));
        rows.add(line("Total (market-based Scope 2)", now.scope1Kg() + now.scope2MarketKg() + now.scope3Kg(),
                previous == null ? null : previous.scope1Kg() + previous.scope2MarketKg() + previous.scope3Kg(), "", "total"));
        return rows;
    }

    private static Map<String, Object> line(String label, double kg, Double previousKg, String basis, String rowClass) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("tonnes", Numbers.tonnes(kg));
        row.put("previous", previousKg == null ? "—" : Numbers.tonnes(previousKg));
        row.put("basis", basis);
        row.put("rowClass", rowClass);
        return row;
    }
}
