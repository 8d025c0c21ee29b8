package org.aifootprint.domain.shared;

import java.util.Optional;

/** What every repository of a tenant-owned aggregate does; always within the current tenant. */
public interface EntityRepository<T> {

    Optional<T> find(long id);

    Page<T> page(PageRequest request);

    void store(T entity);

    void remove(T entity);
}
