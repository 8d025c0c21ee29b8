package org.aifootprint.infrastructure.audit;

import org.aifootprint.infrastructure.tenancy.TenantContext;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the acting user and tenant of the thread that made the change. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.setChangedBy(TenantContext.actor());
        revision.setTenantId(TenantContext.current().orElse(null));
    }
}
