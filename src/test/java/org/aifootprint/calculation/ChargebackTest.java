package org.aifootprint.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargebackTest {

    private static LineItem item(Measure m, double kg, String model, String team, YearMonth month) {
        return new LineItem(m, kg, kg, kg, Formula.SCOPE2_LOCATION, "F", month, model, team, "inference", null, 0, List.of("usage:1"), List.of());
    }

    @Test
    void teamsArePricedAtThePriceInForceOnTheFirstOfEachMonthAndSumToTheModelTotals() {
        YearMonth jan = YearMonth.of(2025, 1);
        YearMonth feb = YearMonth.of(2025, 2);
        List<LineItem> items = List.of(item(Measure.SCOPE2_LOCATION, 1000, "m1", "nlp", jan), item(Measure.SCOPE2_MARKET, 400, "m1", "nlp", jan),
                item(Measure.SCOPE1, 10, "m1", "nlp", jan), item(Measure.EMBODIED_SHARE, 90, "m1", "nlp", jan),
                item(Measure.SCOPE3_CAT1, 500, "m2", null, feb), item(Measure.IT_ENERGY, 9999, "m2", null, feb),
                item(Measure.SCOPE3_CAT2, 7777, null, null, feb));
        List<Chargeback.Row> rows = Chargeback.rows(items, List.of(new Chargeback.Price(LocalDate.of(2025, 1, 1), "EUR", 80),
                new Chargeback.Price(LocalDate.of(2025, 2, 2), "EUR", 100)));
        assertEquals(2, rows.size());
        Chargeback.Row nlp = rows.get(0);
        assertEquals("nlp", nlp.team());
        assertEquals(400 + 10 + 90, nlp.marketKg(), 1e-9);
        assertEquals(1000 + 10 + 90, nlp.locationKg(), 1e-9);
        assertEquals(0.5 * 80, nlp.marketCost(), 1e-9);
        Chargeback.Row unassigned = rows.get(1);
        assertEquals(Chargeback.UNASSIGNED, unassigned.team());
        assertEquals(500, unassigned.marketKg(), 1e-9, "cloud Cat 1 counts under both methods; energy and capital goods are not charged");
        assertEquals(80, unassigned.pricePerTonne(), 1e-9, "the February price takes effect on the 2nd: February's first day still has January's");
        Footprint f = new Footprint(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), items, java.util.Map.of(), List.of());
        double modelsLocation = f.models().stream().mapToDouble(Footprint.ModelFootprint::totalKg).sum();
        assertEquals(modelsLocation, rows.stream().mapToDouble(Chargeback.Row::locationKg).sum(), 1e-9, "chargeback = footprint model totals");
    }

    @Test
    void withoutAPriceTheTonnesStandAndTheCostIsUnknownNotZero() {
        Chargeback.Row row = Chargeback.rows(List.of(item(Measure.SCOPE2_LOCATION, 5, "m", "t", YearMonth.of(2024, 12))),
                List.of(new Chargeback.Price(LocalDate.of(2025, 1, 1), "EUR", 80))).get(0);
        assertNull(row.locationCost());
        assertEquals(5, row.locationKg(), 1e-9);
    }
}
