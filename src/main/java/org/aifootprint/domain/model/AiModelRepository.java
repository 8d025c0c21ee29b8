package org.aifootprint.domain.model;

import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.shared.EntityRepository;

public interface AiModelRepository extends EntityRepository<AiModel> {

    List<AiModel> findAll();

    Optional<AiModel> findByNameAndVersion(String name, String version);

    /** The model of this name: its only version, or the newest-named one when several exist. */
    Optional<AiModel> findByName(String name);

    boolean hasUsage(AiModel model);
}
