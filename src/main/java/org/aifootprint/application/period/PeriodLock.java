package org.aifootprint.application.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.domain.period.ReportingPeriod;
import org.aifootprint.domain.period.ReportingPeriodRepository;
import org.aifootprint.domain.shared.InvalidInput;

/** Refuses changes to activity data dated within a closed reporting period or a published disclosure's period. */
@ApplicationScoped
public class PeriodLock {

    @Inject
    private ReportingPeriodRepository periods;
    @Inject
    private org.aifootprint.domain.report.ReportRunRepository reports;

    /**
     * Records a refusal at {@code field} when any day of {@code from}–{@code to} (inclusive) lies in a closed
     * period. Dates that are null are skipped (their own "is required" message says enough).
     */
    public void refuseIfClosed(InvalidInput.Checks checks, String field, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return;
        }
        List<ReportingPeriod> closed = periods.findClosedOverlapping(from, to);
        if (!closed.isEmpty()) {
            ReportingPeriod p = closed.get(0);
            checks.refuseIf(true, field, "falls in the closed reporting period " + p.getName() + " (" + p.getStartDate() + " to "
                    + p.getEndDate() + "); its data can no longer change");
            return;
        }
        List<Long> published = reports.findPublishedOverlapping(from, to);
        checks.refuseIf(!published.isEmpty(), field, "falls in the period of published disclosure #"
                + (published.isEmpty() ? "" : published.get(0)) + "; its data can no longer change");
    }

    public void requireOpen(String field, LocalDate from, LocalDate to) {
        InvalidInput.Checks checks = new InvalidInput.Checks();
        refuseIfClosed(checks, field, from, to);
        checks.throwIfAny();
    }
}
