package org.aifootprint.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * Base of every tenant-owned entity. Hibernate filters all queries and stamps all inserts with the
 * current tenant (see {@code TenantIdentifierResolver}), so no query can see another tenant's rows by
 * forgetting a condition. Native SQL does not get this filter and must add {@code tenant_id} itself.
 */
@MappedSuperclass
public abstract class TenantOwned {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    public String getTenantId() {
        return tenantId;
    }
}
