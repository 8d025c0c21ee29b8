package org.aifootprint.application.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aifootprint.domain.facility.Granularity;
import org.aifootprint.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class MetricsRulesTest {

    private static MetricsInput month(Double total, Double it, Double pue) {
        MetricsInput in = new MetricsInput();
        in.setGranularity(Granularity.MONTH);
        in.setPeriodStart(LocalDate.of(2025, 3, 1));
        in.setTotalEnergyKwh(total);
        in.setItEnergyKwh(it);
        in.setPue(pue);
        return in;
    }

    private static List<String> refusedFields(MetricsInput in) {
        InvalidInput.Checks checks = new InvalidInput.Checks();
        MetricsRules.check(in, checks);
        try {
            checks.throwIfAny();
            return List.of();
        } catch (InvalidInput refusal) {
            return refusal.errors().stream().map(InvalidInput.FieldError::field).toList();
        }
    }

    @Test
    void pueIsDerivedFromTotalAndItEnergyWhenBothAreGiven() {
        assertEquals(1.25, month(125_000.0, 100_000.0, null).getEffectivePue(), 1e-12);
        assertEquals(1.4, month(null, 100_000.0, 1.4).getEffectivePue(), 1e-12, "entered when total energy is unknown");
        assertEquals(List.of(), refusedFields(month(125_000.0, 100_000.0, 1.252)), "rounding of an entered PUE is tolerated");
    }

    @Test
    void anEnteredPueThatContradictsTheEnergiesIsRefusedAtThePue() {
        assertEquals(List.of("pue"), refusedFields(month(125_000.0, 100_000.0, 1.5)));
    }

    @Test
    void itEnergyAboveTotalWouldMeanAPueBelowOne() {
        assertEquals(List.of("itEnergyKwh"), refusedFields(month(90_000.0, 100_000.0, null)));
    }

    @Test
    void aDerivedPueAboveFourIsRefusedAsImplausible() {
        assertEquals(List.of("totalEnergyKwh"), refusedFields(month(450_000.0, 100_000.0, null)));
    }

    @Test
    void periodsStartOnTheFirstDayOfTheMonthOrYear() {
        MetricsInput in = month(null, null, 1.3);
        in.setPeriodStart(LocalDate.of(2025, 3, 2));
        assertEquals(List.of("periodStart"), refusedFields(in));
        in.setGranularity(Granularity.YEAR);
        in.setPeriodStart(LocalDate.of(2025, 2, 1));
        assertEquals(List.of("periodStart"), refusedFields(in));
        in.setPeriodStart(LocalDate.of(2025, 1, 1));
        assertEquals(List.of(), refusedFields(in));
        assertEquals(LocalDate.of(2025, 12, 31), in.getPeriodEnd());
    }

    @Test
    void waterConsumedCannotExceedWaterWithdrawnNorRenewablesTheTotalEnergy() {
        MetricsInput in = month(100_000.0, 80_000.0, null);
        in.setWaterWithdrawnLitres(1_000.0);
        in.setWaterConsumedLitres(1_200.0);
        in.setRenewableOnSiteKwh(120_000.0);
        assertEquals(List.of("waterConsumedLitres", "renewableOnSiteKwh"), refusedFields(in));
    }

    @Test
    void refrigerantMassesAreNotNegative() {
        MetricsInput in = month(null, null, 1.3);
        in.setRefrigerantsKg(Map.of("R-134a", -2.0));
        assertEquals(List.of("refrigerantsKg"), refusedFields(in));
    }

    @Test
    void checksCollectEveryRefusalBeforeThrowing() {
        InvalidInput.Checks checks = new InvalidInput.Checks();
        checks.refuseIf(true, "a", "one");
        checks.refuseIf(false, "b", "two");
        checks.refuseIf(true, "c", "three");
        InvalidInput refusal = assertThrows(InvalidInput.class, checks::throwIfAny);
        assertEquals(2, refusal.errors().size());
    }
}
