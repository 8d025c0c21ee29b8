package org.aifootprint.domain.facility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.shared.EntityRepository;

public interface FacilityRepository extends EntityRepository<Facility> {

    List<Facility> findAll();

    Optional<Facility> findByCode(String code);

    Optional<FacilityMetrics> findMetrics(long id);

    List<FacilityMetrics> findMetrics(Facility facility);

    /** Metrics of all facilities whose period shares a day with {@code from}–{@code to} (inclusive). */
    List<FacilityMetrics> findMetricsOverlapping(LocalDate from, LocalDate to);

    void storeMetrics(FacilityMetrics metrics);

    void removeMetrics(FacilityMetrics metrics);

    /** Whether usage, instruments, assets or lifecycle events refer to the facility. */
    boolean isReferenced(Facility facility);
}
