package org.aifootprint.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API under {@code /api/v1}: JSON in and out, HTTP Basic or Bearer token authentication (see
 * {@code AifAuthenticationMechanism}), {@code @RolesAllowed} on every resource enforced by Jersey's
 * {@code RolesAllowedDynamicFeature}, and errors as {@code {"error", "details"}} (package {@code errors}).
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
