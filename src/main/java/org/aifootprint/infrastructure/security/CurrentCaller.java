package org.aifootprint.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.aifootprint.domain.tenant.Role;

/** The caller of the current request, for services and pages ({@code #{currentCaller}}). */
@Named
@RequestScoped
public class CurrentCaller {

    @Inject
    private HttpServletRequest request;

    public Optional<Caller> get() {
        return Optional.ofNullable((Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE));
    }

    public Caller require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated caller on this request"));
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public String getName() {
        return get().map(Caller::name).orElse(null);
    }

    public String getDisplayName() {
        return get().map(Caller::displayName).orElse("");
    }

    public String getTenantName() {
        return get().map(Caller::tenantName).orElse(null);
    }

    public String getRoleLabel() {
        return get().map(c -> c.role().label()).orElse("");
    }

    /** For pages: {@code #{currentCaller.may('ANALYST')}}. */
    public boolean may(String role) {
        return get().map(c -> c.may(Role.valueOf(role))).orElse(false);
    }
}
