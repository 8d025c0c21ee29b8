package org.aifootprint.infrastructure.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate the tenant of every session it opens, so that each query on an entity with a
 * {@code @TenantId} is filtered by tenant and each insert is stamped with it. Registered in
 * {@code persistence.xml}.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().orElse(TenantContext.NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
