package org.aifootprint.domain.tenant;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user or API token may do. The one place where a role's implied roles are decided: an
 * {@code ADMIN} may also do everything the other tenant roles may do.
 */
public enum Role {
    /** Tenant users, tokens and settings; and everything below. */
    ADMIN,
    /** The sustainability team: enters and imports activity data, generates disclosures. */
    ANALYST,
    /** Read-only; downloads disclosures and reads the audit history. */
    AUDITOR,
    /** Vendors and green-procurement scorecards. */
    PROCUREMENT,
    /** The platform operator: creates tenants and their first admin; sees no tenant's data. */
    OPERATOR;

    public static final Set<Role> TENANT_ROLES = EnumSet.of(ADMIN, ANALYST, AUDITOR, PROCUREMENT);

    /** The security groups a caller with this role belongs to. */
    public Set<Role> grants() {
        return this == ADMIN ? EnumSet.of(ADMIN, ANALYST, AUDITOR, PROCUREMENT) : EnumSet.of(this);
    }

    public Set<String> groupNames() {
        return grants().stream().map(Role::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public boolean isTenantRole() {
        return TENANT_ROLES.contains(this);
    }

    public String label() {
        return switch (this) {
            case ADMIN -> "Administrator";
            case ANALYST -> "Sustainability analyst";
            case AUDITOR -> "Auditor (read-only)";
            case PROCUREMENT -> "Procurement";
            case OPERATOR -> "Platform operator";
        };
    }
}
