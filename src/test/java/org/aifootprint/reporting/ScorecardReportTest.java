package org.aifootprint.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard template renders to a PDF whose text carries the ranking, weights, evidence and fingerprint. */
class ScorecardReportTest {

    static ScorecardReport.Data data() {
        return new ScorecardReport.Data(
                List.of(new ScorecardReport.CriterionRow("pue", "PUE (ratio)", 60, "lower is better", "min-max", "unknown scores 0"),
                        new ScorecardReport.CriterionRow("hourly_cfe_share_percent", "Hourly CFE (%)", 40, "higher is better", "min-max", "unknown scores 0")),
                List.of(new ScorecardReport.RankRow(1, "Google Cloud", "gcp", "Cloud provider", 76.5, 0, List.of("1.1 → 45.0", "66 → 31.5")),
                        new ScorecardReport.RankRow(2, "Amazon Web Services", "aws", "Cloud provider", 40.0, 1, List.of("1.15 → 40.0", "missing (0)"))),
                List.of(new ScorecardReport.EvidenceRow("Google Cloud", "PUE (ratio)", "1.1 ratio", "Google 2024 Environmental Report", "2024-07-02",
                        "buyer@demo.example")),
                List.of("pue -10 points: ranking unchanged"), true);
    }

    @Test
    void thePdfCarriesTheRankingTheWeightsAndTheEvidence() throws IOException {
        byte[] pdf = PdfRenderer.pdf(ScorecardReport.TEMPLATE, ScorecardReport.model(new ScorecardReport.Header(3, "Demo AI Co.", "Cloud providers",
                "2026-01-15 10:00 UTC", "buyer@demo.example", "cd".repeat(32)), data()));
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String t = text.toString();
        assertTrue(t.contains("Google Cloud") && t.contains("Amazon Web Services"), t);
        assertTrue(t.indexOf("Google Cloud") < t.indexOf("Amazon Web Services"), "ranked order");
        assertTrue(t.contains("76.5") && t.contains("40.0"), "scores");
        assertTrue(t.contains("60.0") && t.contains("lower is better"), "weights and direction");
        assertTrue(t.contains("Google 2024 Environmental Report"), "evidence");
        assertTrue(t.contains("cdcdcdcdcdcdcdcd"), "content fingerprint");
        assertTrue(t.contains("2026-01-15"), "date");
    }
}
