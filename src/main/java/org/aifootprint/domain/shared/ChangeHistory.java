package org.aifootprint.domain.shared;

import java.util.List;

/** The audit history of tenant-owned records (Hibernate Envers underneath). */
public interface ChangeHistory {

    /** Every revision of the record, oldest first; empty when the current tenant never had such a record. */
    List<Change> of(Class<? extends TenantOwned> type, long id);
}
