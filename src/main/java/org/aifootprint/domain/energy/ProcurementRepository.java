package org.aifootprint.domain.energy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.shared.EntityRepository;

/** Contractual instruments (the aggregate) and, beside them, carbon offsets. */
public interface ProcurementRepository extends EntityRepository<ContractualInstrument> {

    /** Instruments whose period shares a day with {@code from}–{@code to} (inclusive). */
    List<ContractualInstrument> findOverlapping(LocalDate from, LocalDate to);

    List<CarbonOffset> findOffsets();

    Optional<CarbonOffset> findOffset(long id);

    void storeOffset(CarbonOffset offset);

    void removeOffset(CarbonOffset offset);
}
