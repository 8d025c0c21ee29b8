package org.aifootprint.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Published AI training footprints recomputed through the engine with the papers' own inputs; each must come
 * out within 1 % of the published figure.
 */
class PublishedTrainingFootprintsTest {

    private static final double KG_PER_LB = 0.45359237;

    private static Factor f(String id, double value, String unit) {
        return new Factor(id, "paper", value, unit, "as published");
    }

    private static Footprint train(LocalDate start, int devices, double hoursPerDevice, Double avgPowerW, Double meteredKwh, double pue,
            double gridKgPerKwh) {
        LocalDate end = start.plusDays((long) Math.ceil(hoursPerDevice / 24.0) - 1);
        FacilityProfile dc = new FacilityProfile("DC", "GRID", false, f("grid", gridKgPerKwh, "kgCO2e/kWh"), null, null, null, null, null, null,
                f("pue", pue, "ratio"), null, null, Map.of());
        UsageRecord.Hardware gpu = new UsageRecord.Hardware("gpu", null, null, null, null);
        UsageRecord run = new UsageRecord(1, "model", "paper", "training", start, end, "DC", gpu, devices, hoursPerDevice, avgPowerW, null, meteredKwh, null);
        return FootprintEngine.calculate(new FootprintInput(start, end, List.of(dc), List.of(), List.of(run), List.of(), List.of(), List.of(), 0.5));
    }

    /**
     * Strubell, Ganesh and McCallum (2019), "Energy and Policy Considerations for Deep Learning in NLP", ACL 2019,
     * Table 3: BERT-base on 64 V100 GPUs for 79.2 h, average total power 12,041.51 W, PUE 1.58 → 1,507 kWh·PUE and
     * 1,438 lbs CO2e at the U.S. average of 0.954 lbs/kWh (EPA 2018).
     */
    @Test
    void bertBaseStrubellEtAl2019() {
        Footprint f = train(LocalDate.of(2019, 1, 1), 64, 79.2, 12_041.51 / 64, null, 1.58, 0.954 * KG_PER_LB);
        assertEquals(1_507, f.energyKwh(), 1_507 * 0.01);
        assertEquals(1_438 * KG_PER_LB, f.scope2LocationKg(), 1_438 * KG_PER_LB * 0.01);
    }

    /**
     * Patterson et al. (2021), "Carbon Emissions and Large Neural Network Training", arXiv:2104.10350, Table 4:
     * GPT-3 on 10,000 V100 for 14.8 days (3,552,000 processor-hours) at 330 W average per processor, PUE 1.10,
     * 0.429 kgCO2e/kWh → 1,287 MWh and 552 tCO2e.
     */
    @Test
    void gpt3PattersonEtAl2021() {
        Footprint f = train(LocalDate.of(2020, 1, 1), 10_000, 355.2, 330.0, null, 1.10, 0.429);
        assertEquals(1_287_000, f.energyKwh(), 1_287_000 * 0.01);
        assertEquals(552_000, f.scope2LocationKg(), 552_000 * 0.01);
    }

    /**
     * Luccioni, Viguier and Ligozat (2023), "Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language
     * Model", JMLR 24(253), Table 2: dynamic energy of the final training 433,196 kWh on the French grid at
     * 57 gCO2e/kWh → 24.69 tCO2e (dynamic consumption only, as the paper reports it).
     */
    @Test
    void bloomLuccioniEtAl2023() {
        Footprint f = train(LocalDate.of(2022, 3, 11), 384, 2_820.3, null, 433_196.0, 1.0, 0.057);
        assertEquals(24_690, f.scope2LocationKg(), 24_690 * 0.01);
    }
}
