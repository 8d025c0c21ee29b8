package org.aifootprint.domain.usage;

import java.time.LocalDate;
import java.util.List;
import org.aifootprint.domain.shared.EntityRepository;

public interface ComputeUsageRepository extends EntityRepository<ComputeUsage> {

    /** Usage whose period shares a day with {@code from}–{@code to} (inclusive), with model, facility and hardware. */
    List<ComputeUsage> findOverlapping(LocalDate from, LocalDate to);

    /** The same records as flat lines for the calculation, read in one query. */
    List<UsageLine> findLinesOverlapping(LocalDate from, LocalDate to);
}
