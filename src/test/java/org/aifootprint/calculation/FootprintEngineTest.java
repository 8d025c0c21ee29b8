package org.aifootprint.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples, one per formula of docs/methodology.md; the numbers in the comments are the hand calculation. */
class FootprintEngineTest {

    static final double EPS = 1e-9;
    static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);
    static final LocalDate JAN31 = LocalDate.of(2025, 1, 31);

    static Factor f(String id, double value, String unit) {
        return new Factor(id, "test", value, unit, "worked example");
    }

    static final UsageRecord.Hardware A100 = new UsageRecord.Hardware("a100", f("tdp:a100", 400, "W"), f("idle:a100", 50, "W"),
            f("embodied:a100", 150, "kgCO2e"), f("life:a100", 5, "years"));

    static FacilityProfile own(String code, String zone) {
        return new FacilityProfile(code, zone, false, f("grid:" + zone, 0.056, "kgCO2e/kWh"), f("residual:" + zone, 0.034, "kgCO2e/kWh"), null,
                f("td", 0.01, "kgCO2e/kWh"), f("wtt-gen", 0.02, "kgCO2e/kWh"), f("wtt-td", 0.001, "kgCO2e/kWh"), f("water:" + zone, 1.5, "L/kWh"),
                null, f("wue-default", 0.2, "L/kWh"), f("diesel", 2.66, "kgCO2e/L"), Map.of("R-134a", f("gwp:R-134a", 1530, "kgCO2e/kg")));
    }

    static FacilityProfile cloud(String code, String zone) {
        return new FacilityProfile(code, zone, true, f("grid:" + zone, 0.056, "kgCO2e/kWh"), null, null, null, null, null, null,
                f("pue:cloud", 1.135, "ratio"), null, null, Map.of());
    }

    static UsageRecord usage(long id, String phase, String facility, Double watts, Double utilization, Double kwh, Long requests) {
        return new UsageRecord(id, "llm", "Research", phase, JAN1, JAN31, facility, A100, 8, 100, watts, utilization, kwh, requests);
    }

    static FacilityMetrics january(String facility, Double total, Double it, Double fuel, Map<String, Double> refrigerants, Double water) {
        return new FacilityMetrics(1, facility, JAN1, JAN31, total, it, total != null && it != null ? total / it : null, water, null, null, fuel,
                refrigerants);
    }

    static Footprint run(List<FacilityProfile> facilities, List<FacilityMetrics> metrics, List<UsageRecord> usage, List<Instrument> instruments) {
        return FootprintEngine.calculate(new FootprintInput(JAN1, JAN31, facilities, metrics, usage, instruments, List.of(), List.of(), 0.5));
    }

    @Test
    void itEnergyIsMeteredElseMeasuredElseEstimatedFromIdleAndMaximumPower() {
        Footprint metered = run(List.of(own("PAR", "FR")), List.of(), List.of(usage(1, "training", "PAR", 300.0, null, 123.0, null)), List.of());
        assertEquals(123.0, metered.itEnergyKwh(), EPS, "metered kWh wins");
        Footprint measured = run(List.of(own("PAR", "FR")), List.of(), List.of(usage(1, "training", "PAR", 300.0, 0.9, null, null)), List.of());
        assertEquals(240.0, measured.itEnergyKwh(), EPS, "8 devices × 100 h × 300 W = 240 kWh");
        Footprint estimated = run(List.of(own("PAR", "FR")), List.of(), List.of(usage(1, "training", "PAR", null, 0.5, null, null)), List.of());
        assertEquals(180.0, estimated.itEnergyKwh(), EPS, "800 device-h × (50 + 0.5 × (400 − 50)) W = 180 kWh");
        assertEquals(Map.of(Tier.METERED, 0.0, Tier.MEASURED, 0.0, Tier.ESTIMATED, 1.0), estimated.itEnergyShareByTier());
    }

    @Test
    void unknownUtilisationTakesTheDefaultWithARangeFromIdleToMaximum() {
        Footprint f = run(List.of(own("PAR", "FR")), List.of(), List.of(usage(1, "training", "PAR", null, null, null, null)), List.of());
        assertEquals(180.0, f.itEnergyKwh(), EPS, "default utilisation 0.5");
        assertEquals(40.0, f.low(Measure.IT_ENERGY), EPS, "800 device-h × 50 W idle");
        assertEquals(320.0, f.high(Measure.IT_ENERGY), EPS, "800 device-h × 400 W TDP");
        assertTrue(f.gaps().stream().anyMatch(g -> g.contains("utilisation unknown")));
    }

    @Test
    void facilityEnergyUsesTheMonthsPueAndLocationBasedScope2ItsGridFactor() {
        // Metrics: 12,500 kWh total / 10,000 kWh IT → PUE 1.25. 240 kWh IT × 1.25 = 300 kWh; × 0.056 = 16.8 kg.
        Footprint f = run(List.of(own("PAR", "FR")), List.of(january("PAR", 12_500.0, 10_000.0, null, Map.of(), null)),
                List.of(usage(1, "training", "PAR", 300.0, null, null, null)), List.of());
        assertEquals(300.0, f.energyKwh(), EPS);
        assertEquals(16.8, f.scope2LocationKg(), EPS);
        assertEquals(300.0 * 0.031, f.scope3ByCategoryKg().get("cat3"), EPS, "T&D 0.01 + WTT 0.02 + 0.001 per kWh");
        LineItem location = f.lineItems().stream().filter(i -> i.measure() == Measure.SCOPE2_LOCATION).findFirst().orElseThrow();
        assertEquals(Formula.SCOPE2_LOCATION, location.formula());
        assertEquals(List.of("usage:1", "metrics:1"), location.sources());
        assertTrue(location.factors().contains("grid:FR@test"));
        assertTrue(f.factorsUsed().containsKey("grid:FR@test"));
    }

    @Test
    void withoutMetricsOrDefaultPueTheGapIsReportedAndNoOverheadInvented() {
        Footprint f = run(List.of(own("PAR", "FR")), List.of(), List.of(usage(1, "training", "PAR", 300.0, null, null, null)), List.of());
        assertEquals(240.0, f.energyKwh(), EPS);
        assertTrue(f.gaps().stream().anyMatch(g -> g.startsWith("PAR 2025-01: no PUE")));
    }

    @Test
    void marketBasedCoversTheZonesConsumptionProRataAndUsesTheResidualMixForTheRest() {
        // Facility consumption 1,000 kWh; instrument 0.1 MWh = 100 kWh at 0 → coverage 0.1.
        // AI: 240 kWh IT × PUE 1.25 = 300 kWh × (0.1 × 0 + 0.9 × 0.034) = 9.18 kg.
        Instrument ppa = new Instrument(7, "FR", JAN1, JAN31, 0.1, f("ppa", 0, "kgCO2e/kWh"));
        Footprint f = run(List.of(own("PAR", "FR")), List.of(january("PAR", 1_000.0, 800.0, null, Map.of(), null)),
                List.of(usage(1, "training", "PAR", 300.0, null, null, null)), List.of(ppa));
        assertEquals(9.18, f.scope2MarketKg(), EPS);
        assertTrue(f.lineItems().stream().filter(i -> i.measure() == Measure.SCOPE2_MARKET).allMatch(i -> i.sources().contains("instrument:7")));
    }

    @Test
    void anInstrumentIsUsedOnceAcrossTwoFacilitiesOfTheSameZone() {
        // Two facilities of 1,000 kWh each; 1,000 kWh of certificates cover half of each, not all of both.
        Instrument go = new Instrument(1, "FR", JAN1, JAN31, 1.0, f("go", 0, "kgCO2e/kWh"));
        FacilityMetrics a = january("A", 1_000.0, 1_000.0, null, Map.of(), null);
        FacilityMetrics b = new FacilityMetrics(2, "B", JAN1, JAN31, 1_000.0, 1_000.0, 1.0, null, null, null, null, Map.of());
        Footprint f = run(List.of(own("A", "FR"), own("B", "FR")), List.of(a, b),
                List.of(usage(1, "training", "A", null, null, 1_000.0, null), usage(2, "training", "B", null, null, 1_000.0, null)), List.of(go));
        assertEquals(2_000 * 0.5 * 0.034, f.scope2MarketKg(), EPS);
    }

    @Test
    void instrumentsOfAnotherZoneOrOutsideTheMonthDoNotCount() {
        Instrument otherZone = new Instrument(1, "DE", JAN1, JAN31, 100, f("go-de", 0, "kgCO2e/kWh"));
        Instrument lastYear = new Instrument(2, "FR", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 100, f("go-2024", 0, "kgCO2e/kWh"));
        Footprint f = run(List.of(own("PAR", "FR")), List.of(), List.of(usage(1, "training", "PAR", null, null, 100.0, null)), List.of(otherZone, lastYear));
        assertEquals(100 * 0.034, f.scope2MarketKg(), EPS);
    }

    @Test
    void cloudComputeIsPurchasedServicesNotScope2() {
        // 180 kWh IT × provider PUE 1.135 = 204.3 kWh × 0.056 = 11.4408 kg in Cat 1.
        Footprint f = run(List.of(cloud("AWS", "FR")), List.of(), List.of(usage(1, "inference", "AWS", null, 0.5, null, null)), List.of());
        assertEquals(0.0, f.scope2LocationKg(), EPS);
        assertEquals(0.0, f.scope2MarketKg(), EPS);
        assertEquals(204.3 * 0.056, f.scope3ByCategoryKg().get("cat1"), 1e-9);
    }

    @Test
    void scope1IsAllocatedByTheAiShareOfFacilityItEnergy() {
        // Fuel 100 L × 2.66 = 266 kg; R-134a 1 kg × 1530 = 1,530 kg; AI share 240 / 10,000 = 0.024.
        Footprint f = run(List.of(own("PAR", "FR")), List.of(january("PAR", 12_500.0, 10_000.0, 100.0, Map.of("R-134a", 1.0), null)),
                List.of(usage(1, "training", "PAR", 300.0, null, null, null)), List.of());
        assertEquals((266 + 1530) * 0.024, f.scope1Kg(), 1e-9);
    }

    @Test
    void theAiShareIsCappedAtTheWholeFacility() {
        Footprint f = run(List.of(own("PAR", "FR")), List.of(january("PAR", 150.0, 100.0, 10.0, Map.of(), null)),
                List.of(usage(1, "training", "PAR", 300.0, null, null, null)), List.of());
        assertEquals(26.6, f.scope1Kg(), 1e-9, "all of the facility's 10 L × 2.66, not 2.4 times it");
        assertTrue(f.gaps().stream().anyMatch(g -> g.contains("capped")));
    }

    @Test
    void embodiedEmissionsAreAmortisedOverTheLifetimeForModelsAndCountedInFullInCat2WhenBought() {
        Acquisition bought = new Acquisition(3, "a100", LocalDate.of(2025, 1, 10), 10, f("embodied:a100", 150, "kgCO2e"));
        Acquisition earlier = new Acquisition(4, "a100", LocalDate.of(2024, 6, 1), 10, f("embodied:a100", 150, "kgCO2e"));
        Footprint f = FootprintEngine.calculate(new FootprintInput(JAN1, JAN31, List.of(own("PAR", "FR")), List.of(),
                List.of(usage(1, "training", "PAR", 300.0, null, null, null)), List.of(), List.of(bought, earlier), List.of(), 0.5));
        assertEquals(1_500.0, f.scope3ByCategoryKg().get("cat2"), EPS, "10 units × 150 kg, acquired within the period");
        assertEquals(800.0 / (5 * 8760) * 150, f.total(Measure.EMBODIED_SHARE), 1e-12, "800 device-h of a 43,800 h life");
        Footprint.ModelFootprint llm = f.models().get(0);
        assertEquals(800.0 / (5 * 8760) * 150, llm.embodiedKg(), 1e-12);
    }

    @Test
    void disposalsSplitIntoCat5WasteAndCat12SoldProductsAndGiveTheRecyclingRate() {
        List<Disposal> disposals = List.of(new Disposal(1, JAN1.plusDays(3), "reuse", 40, f("eol:reuse", 0, "kgCO2e/kg")),
                new Disposal(2, JAN1.plusDays(4), "recycling", 30, f("eol:recycling", 0.021, "kgCO2e/kg")),
                new Disposal(3, JAN1.plusDays(5), "landfill", 10, f("eol:landfill", 0.009, "kgCO2e/kg")));
        Footprint f = FootprintEngine.calculate(new FootprintInput(JAN1, JAN31, List.of(), List.of(), List.of(), List.of(), List.of(), disposals, 0.5));
        assertEquals(30 * 0.021 + 10 * 0.009, f.scope3ByCategoryKg().get("cat5"), 1e-12);
        assertEquals(0.0, f.scope3ByCategoryKg().get("cat12"), EPS);
        assertEquals(80.0, f.ewasteKg(), EPS);
        assertEquals(70.0 / 80.0, f.reuseAndRecyclingRate(), 1e-12);
        assertNull(run(List.of(), List.of(), List.of(), List.of()).reuseAndRecyclingRate());
    }

    @Test
    void siteWaterIsMeteredConsumptionByAiShareElseWueAndSourceWaterFollowsTheElectricity() {
        Footprint metered = run(List.of(own("PAR", "FR")), List.of(january("PAR", 12_500.0, 10_000.0, null, Map.of(), 3_000.0)),
                List.of(usage(1, "training", "PAR", 300.0, null, null, null)), List.of());
        assertEquals(3_000 * 0.024 + 300 * 1.5, metered.waterLitres(), 1e-9, "72 L on site + 450 L at the power plants");
        Footprint byWue = run(List.of(own("PAR", "FR")), List.of(), List.of(usage(1, "training", "PAR", 300.0, null, null, null)), List.of());
        assertEquals(240 * 0.2 + 240 * 1.5, byWue.waterLitres(), 1e-9, "default WUE 0.2 L/kWh of IT energy");
    }

    @Test
    void recordsAreSplitOverMonthsAndClippedToThePeriodByDays() {
        // 310 kWh over 31 days (15 Jan – 14 Feb): 17 days in January, 14 in February.
        UsageRecord spanning = new UsageRecord(1, "llm", "Research", "training", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 14), "PAR", A100,
                1, 100, null, null, 310.0, null);
        Footprint both = FootprintEngine.calculate(new FootprintInput(JAN1, LocalDate.of(2025, 2, 28), List.of(own("PAR", "FR")), List.of(),
                List.of(spanning), List.of(), List.of(), List.of(), 0.5));
        assertEquals(310.0, both.itEnergyKwh(), 1e-9);
        assertEquals(170.0, both.byMonth().get(YearMonth.of(2025, 1)).itEnergyKwh(), 1e-9);
        Footprint february = FootprintEngine.calculate(new FootprintInput(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28),
                List.of(own("PAR", "FR")), List.of(), List.of(spanning), List.of(), List.of(), List.of(), 0.5));
        assertEquals(140.0, february.itEnergyKwh(), 1e-9);
    }

    @Test
    void perModelIntensityIsPerThousandInferenceRequests() {
        // Inference: 100 kWh metered, no PUE → 100 kWh × 0.056 = 5.6 kg + embodied 800/43,800 × 150; over 2,000,000 requests.
        Footprint f = run(List.of(own("PAR", "FR")), List.of(), List.of(usage(1, "inference", "PAR", null, null, 100.0, 2_000_000L),
                usage(2, "training", "PAR", null, null, 50.0, null)), List.of());
        Footprint.ModelFootprint llm = f.models().get(0);
        double inferenceKg = 5.6 + 800.0 / 43_800 * 150;
        assertEquals(inferenceKg / 2_000_000 * 1000, llm.kgPer1kRequests(), 1e-12);
        assertEquals(2_000_000, llm.requests());
        assertEquals(Map.of("inference", 100.0, "training", 50.0), llm.energyKwhByPhase());
        assertEquals(150 * 0.056 + 2 * 800.0 / 43_800 * 150, llm.totalKg(), 1e-9);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        assertThrows(IllegalArgumentException.class, () -> new UsageRecord(1, "m", "t", "training", JAN31, JAN1, "P", A100, 1, 1, null, null, 1.0, null));
        IllegalArgumentException hours = assertThrows(IllegalArgumentException.class,
                () -> new UsageRecord(1, "m", "t", "training", JAN1, JAN1, "P", A100, 1, 25, null, null, 1.0, null));
        assertTrue(hours.getMessage().contains("hoursPerDevice"));
        assertThrows(IllegalArgumentException.class, () -> new UsageRecord(1, "m", "t", "training", JAN1, JAN1, "P", A100, 1, 1, null, 1.5, null, null));
        assertThrows(IllegalArgumentException.class, () -> f("x", -1, "W"));
        assertThrows(IllegalArgumentException.class, () -> new UsageRecord(1, "m", "t", "training", JAN1, JAN1, "P",
                new UsageRecord.Hardware("tpu", null, null, null, null), 1, 1, null, null, null, null));
        assertFalse(run(List.of(), List.of(), List.of(), List.of()).lineItems().iterator().hasNext());
    }
}
