package org.aifootprint.domain.tenant;

import java.util.List;
import java.util.Optional;

/** API tokens of the current tenant. */
public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    List<ApiToken> findAll();

    void store(ApiToken token);
}
