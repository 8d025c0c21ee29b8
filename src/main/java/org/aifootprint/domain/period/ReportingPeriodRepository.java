package org.aifootprint.domain.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface ReportingPeriodRepository {

    Optional<ReportingPeriod> find(long id);

    List<ReportingPeriod> findAll();

    /** Closed periods sharing at least one day with {@code from}–{@code to} (both inclusive). */
    List<ReportingPeriod> findClosedOverlapping(LocalDate from, LocalDate to);

    void store(ReportingPeriod period);

    void remove(ReportingPeriod period);
}
