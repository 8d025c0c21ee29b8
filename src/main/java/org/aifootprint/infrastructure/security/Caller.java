package org.aifootprint.infrastructure.security;

import java.io.Serializable;
import java.util.Set;
import org.aifootprint.domain.tenant.Role;

/**
 * Who is calling: a signed-in user or an API token, with the tenant it acts for (none for the platform
 * operator) and its role. Established by {@link AifAuthenticationMechanism} on every request.
 */
public record Caller(String name, String displayName, String tenantId, String tenantName, Role role, boolean apiToken)
        implements Serializable {

    /** Request attribute under which the mechanism leaves the caller for the rest of the request. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public Set<String> groups() {
        return role.groupNames();
    }

    public boolean hasTenant() {
        return tenantId != null;
    }

    public boolean may(Role required) {
        return role.grants().contains(required);
    }
}
