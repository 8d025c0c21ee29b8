package org.aifootprint.domain.hardware;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.shared.EntityRepository;

/** The tenant's hardware assets with their lifecycle events, and the global hardware catalogue. */
public interface HardwareRepository extends EntityRepository<HardwareAsset> {

    Optional<HardwareAsset> findByTag(String assetTag);

    List<HardwareAsset> findAcquiredBetween(LocalDate from, LocalDate to);

    List<LifecycleEvent> findDisposalsBetween(LocalDate from, LocalDate to);

    /** Catalogue entries, global to the platform. */
    List<HardwareType> findTypes();

    Optional<HardwareType> findType(String code);
}
