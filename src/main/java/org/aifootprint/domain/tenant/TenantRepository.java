package org.aifootprint.domain.tenant;

import java.util.List;
import java.util.Optional;

public interface TenantRepository {

    Optional<Tenant> find(String id);

    List<Tenant> findAll();

    void store(Tenant tenant);
}
