package org.aifootprint.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aifootprint.calculation.Acquisition;
import org.aifootprint.calculation.Disposal;
import org.aifootprint.calculation.Factor;
import org.aifootprint.calculation.FacilityProfile;
import org.aifootprint.calculation.Footprint;
import org.aifootprint.calculation.FootprintEngine;
import org.aifootprint.calculation.FootprintInput;
import org.aifootprint.calculation.UsageRecord;
import org.junit.jupiter.api.Test;

/** The disclosure template renders to a PDF whose text carries the figures, on A4 and Letter. */
class DisclosureReportTest {

    private static Factor f(String id, double v, String unit) {
        return new Factor(id, "test", v, unit, "Worked example & source");
    }

    static Footprint footprint() {
        LocalDate jan = LocalDate.of(2025, 1, 1);
        FacilityProfile dc = new FacilityProfile("PAR-DC1", "FR", false, f("grid-location:FR", 0.056, "kgCO2e/kWh"), null, null, null, null, null,
                null, f("pue", 1.3, "ratio"), null, null, Map.of());
        UsageRecord.Hardware h100 = new UsageRecord.Hardware("h100", f("tdp", 700, "W"), f("idle", 60, "W"), f("embodied", 180, "kgCO2e"),
                f("life", 5, "years"));
        List<UsageRecord> usage = List.of(
                new UsageRecord(1, "support-assistant", "Care", "training", jan, jan.plusDays(27), "PAR-DC1", h100, 64, 600, 540.0, null, null, null),
                new UsageRecord(2, "support-assistant", "Care", "inference", jan, jan.plusDays(27), "PAR-DC1", h100, 4, 600, null, 0.4, null, 9_000_000L));
        return FootprintEngine.calculate(new FootprintInput(jan, LocalDate.of(2025, 12, 31), List.of(dc), List.of(), usage, List.of(),
                List.of(new Acquisition(1, "h100", jan.plusDays(3), 64, f("asset", 180, "kgCO2e/unit"))),
                List.of(new Disposal(1, jan.plusDays(9), "recycling", 120, f("eol", 0.021, "kgCO2e/kg"))), 0.5));
    }

    static Map<String, Object> model(PdfRenderer.PageSize size) {
        Footprint now = footprint();
        return DisclosureReport.model(new DisclosureReport.Header(7, "Demo AI Co.", "2025-01-01 to 2025-12-31", false, "2026-01-15 10:00 UTC",
                "analyst@demo.example", "2026.1", "2026-01-15T10:00:00Z", "ab".repeat(32), size), now, null,
                List.of(new DisclosureReport.FacilityRow("PAR-DC1", "Paris data centre", "Own data centre", "FR")),
                List.of(new DisclosureReport.ModelRow("support-assistant", "Care", "In production", "7,000,000,000")),
                List.of(new DisclosureReport.InstrumentRow("Physical PPA", "Soleil SA", "FR", "2025-01-01 to 2025-12-31", 500, "2025", "PPA-1", true, true)),
                64, 0);
    }

    @Test
    void thePdfCarriesTheFiguresAndTheFingerprint() throws IOException {
        byte[] pdf = PdfRenderer.pdf(DisclosureReport.TEMPLATE, model(PdfRenderer.PageSize.A4));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        Footprint f = footprint();
        assertTrue(reader.getNumberOfPages() >= 4, "cover, inventory, models, appendix");
        assertTrue(all.contains("Demo AI Co."));
        assertTrue(all.contains(Numbers.tonnes(f.scope2LocationKg())), "location-based Scope 2 in t: " + Numbers.tonnes(f.scope2LocationKg()));
        assertTrue(all.contains(Numbers.tonnes(f.scope3ByCategoryKg().get("cat2"))), "Cat 2");
        assertTrue(all.contains("abababab"), "content fingerprint on the cover");
        assertTrue(all.contains("grid-location:FR"), "factor appendix");
        assertTrue(all.contains("Page 1 of"), "page numbers");
        assertTrue(all.contains("Draft"));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/disclosure-sample.pdf"), pdf);
        byte[] letter = PdfRenderer.pdf(DisclosureReport.TEMPLATE, model(PdfRenderer.PageSize.LETTER));
        PdfReader letterReader = new PdfReader(letter);
        assertTrue(Math.abs(letterReader.getPageSize(1).getWidth() - 612) < 1, "US Letter is 612 pt wide");
        assertTrue(Math.abs(reader.getPageSize(1).getWidth() - 595) < 1, "A4 is 595 pt wide");
    }
}
