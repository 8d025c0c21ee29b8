package org.aifootprint.application.period;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.NotFound;
import org.aifootprint.domain.period.ReportingPeriod;
import org.aifootprint.domain.period.ReportingPeriodRepository;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.infrastructure.tenancy.TenantContext;

/** The tenant's reporting periods: analysts define them, administrators close and reopen them. */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class ReportingPeriods {

    @Inject
    private ReportingPeriodRepository periods;
    @Inject
    private InputValidation validation;
    @Inject
    private Clock clock;

    public List<ReportingPeriod> all() {
        return periods.findAll();
    }

    public ReportingPeriod period(long id) {
        return periods.find(id).orElseThrow(() -> new NotFound("Reporting period", id));
    }

    @RolesAllowed("ANALYST")
    public ReportingPeriod create(PeriodInput input) {
        check(input, null);
        ReportingPeriod period = new ReportingPeriod(input.getName().trim(), input.getStartDate(), input.getEndDate());
        periods.store(period);
        return period;
    }

    @RolesAllowed("ANALYST")
    public ReportingPeriod update(long id, PeriodInput input) {
        ReportingPeriod period = period(id);
        if (period.isClosed()) {
            throw InvalidInput.of("name", "the period is closed; an administrator must reopen it first");
        }
        check(input, period);
        period.rename(input.getName().trim(), input.getStartDate(), input.getEndDate());
        return period;
    }

    @RolesAllowed("ANALYST")
    public void delete(long id) {
        ReportingPeriod period = period(id);
        if (period.isClosed()) {
            throw InvalidInput.of("name", "a closed period cannot be deleted");
        }
        periods.remove(period);
    }

    /** Closing locks every record dated within the period. */
    @RolesAllowed("ADMIN")
    public ReportingPeriod close(long id) {
        ReportingPeriod period = period(id);
        if (!period.isClosed()) {
            period.close(TenantContext.actor(), clock.instant());
        }
        return period;
    }

    @RolesAllowed("ADMIN")
    public ReportingPeriod reopen(long id) {
        ReportingPeriod period = period(id);
        period.reopen();
        return period;
    }

    private void check(PeriodInput input, ReportingPeriod self) {
        validation.check(input);
        InvalidInput.Checks checks = new InvalidInput.Checks();
        checks.refuseIf(input.getEndDate().isBefore(input.getStartDate()), "endDate", "must not be before the start date");
        checks.refuseIf(input.getEndDate().isAfter(input.getStartDate().plusMonths(24)), "endDate", "a reporting period is at most 24 months long");
        for (ReportingPeriod other : periods.findAll()) {
            if (other == self) {
                continue;
            }
            checks.refuseIf(other.getName().equalsIgnoreCase(input.getName().trim()), "name", "another period is already called " + other.getName());
            boolean overlaps = !input.getStartDate().isAfter(other.getEndDate()) && !input.getEndDate().isBefore(other.getStartDate());
            checks.refuseIf(overlaps && !checks.hasErrorAt("startDate"), "startDate", "overlaps the period " + other.getName());
        }
        checks.throwIfAny();
    }
}
