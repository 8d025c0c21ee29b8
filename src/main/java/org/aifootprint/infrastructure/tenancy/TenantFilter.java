package org.aifootprint.infrastructure.tenancy;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import java.io.IOException;
import org.aifootprint.infrastructure.security.Caller;

/**
 * Binds the request's thread to the tenant of the authenticated caller (set by the authentication
 * mechanism, which runs before filters) and unbinds it afterwards, whatever happens.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TenantFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        TenantContext.set(caller == null ? null : caller.tenantId());
        TenantContext.setActor(caller == null ? null : caller.name());
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }
}
