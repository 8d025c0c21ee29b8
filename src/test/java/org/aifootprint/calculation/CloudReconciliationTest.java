package org.aifootprint.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudReconciliationTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Test
    void googleScopesAreSummedLocationBasedAndTheDifferencesExplained() {
        CloudReconciliation.Reported gcp = new CloudReconciliation.Reported(2.0, 100.0, 10.0, 30.0, null, null, "12");
        assertEquals(132.0, gcp.locationBased(), 1e-9);
        assertEquals(42.0, gcp.marketBased(), 1e-9);
        CloudReconciliation.Ours ours = new CloudReconciliation.Ours(60, 5, 110.0, 0.2);
        List<CloudReconciliation.Row> rows = CloudReconciliation.reconcile(Map.of("gcp", Map.of(MARCH, gcp)), Map.of("gcp", Map.of(MARCH, ours)));
        assertEquals(1, rows.size());
        CloudReconciliation.Row row = rows.get(0);
        assertEquals(100.0 * (110 - 132) / 132, row.differencePercent(), 1e-9);
        String text = String.join("\n", row.explanations());
        assertTrue(text.contains("whole bill"), text);
        assertTrue(text.contains("20.0 %"), "unmapped spend is named: " + text);
        assertTrue(text.contains("market-based figure (42.0 kg)"), text);
        assertTrue(text.contains("Scope 1") && text.contains("Scope 3"), text);
    }

    @Test
    void withoutABillingExportTheBoundaryWarnsThatOursIsOnlyTheAiUsage() {
        CloudReconciliation.Reported aws = new CloudReconciliation.Reported(null, null, null, null, 500.0, 20.0, "v2.0.0");
        CloudReconciliation.Row row = CloudReconciliation.reconcile(Map.of("aws", Map.of(MARCH, aws)),
                Map.of("aws", Map.of(MARCH, new CloudReconciliation.Ours(100, 0, null, null)))).get(0);
        assertEquals(-80.0, row.differencePercent(), 1e-9);
        String text = String.join("\n", row.explanations());
        assertTrue(text.contains("only the AI usage recorded"), text);
        assertTrue(text.contains("v2.0.0"), text);
    }

    @Test
    void aMonthOnOneSideOnlyIsShownWithoutADifference() {
        List<CloudReconciliation.Row> rows = CloudReconciliation.reconcile(Map.of(), Map.of("azure", Map.of(MARCH,
                new CloudReconciliation.Ours(10, 1, null, null))));
        assertNull(rows.get(0).differencePercent());
        assertTrue(rows.get(0).explanations().get(0).contains("No Microsoft carbon export"));
    }
}
