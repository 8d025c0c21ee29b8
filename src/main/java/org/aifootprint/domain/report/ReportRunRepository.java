package org.aifootprint.domain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface ReportRunRepository {

    Optional<ReportRun> find(long id);

    /** All runs, newest first; only published ones when {@code publishedOnly}. */
    List<ReportSummary> summaries(boolean publishedOnly);

    /** Ids of published runs whose period shares a day with {@code from}–{@code to}. */
    List<Long> findPublishedOverlapping(LocalDate from, LocalDate to);

    List<Long> findByPdfSha256(String sha256);

    void store(ReportRun run);
}
