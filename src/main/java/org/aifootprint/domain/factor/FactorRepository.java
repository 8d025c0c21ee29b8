package org.aifootprint.domain.factor;

import java.util.List;
import java.util.Optional;

/** Factor sets (global) and the current tenant's overrides. */
public interface FactorRepository {

    List<FactorSet> findSets();

    Optional<FactorSet> findSet(String version);

    List<ReferenceFactor> findFactors(FactorSet set);

    /** Every version of every override of the current tenant, newest version first per factor. */
    List<FactorOverride> findOverrides();

    Optional<FactorOverride> findOverride(long id);

    void storeOverride(FactorOverride override);
}
