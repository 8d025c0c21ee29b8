package org.aifootprint.domain.report;

import java.time.Instant;
import java.time.LocalDate;

/** A report run without its files, for lists. */
public record ReportSummary(long id, LocalDate periodFrom, LocalDate periodTo, String pageSize, String factorSet, Instant overridesAsOf,
        String contentSha256, String pdfSha256, double scope1Kg, double scope2LocationKg, double scope2MarketKg, double scope3Kg,
        double energyKwh, ReportRun.Status status, String createdBy, Instant createdAt, String publishedBy, Instant publishedAt) {
}
