package org.aifootprint.infrastructure.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant of the work the current thread is doing. Set from the authenticated identity by
 * {@link TenantFilter} for requests, and explicitly by background jobs; never from a request parameter.
 */
public final class TenantContext {

    /** Matches no tenant: what JPA sees on a thread that has no tenant (login page, platform operator). */
    public static final String NO_TENANT = "~none~";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(String tenantId) {
        if (tenantId == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(tenantId);
        }
    }

    static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} as the given tenant and restores the previous context afterwards. */
    public static <T> T callAs(String tenantId, Callable<T> work) throws Exception {
        String previous = CURRENT.get();
        set(tenantId);
        try {
            return work.call();
        } finally {
            set(previous);
        }
    }

    public static void runAs(String tenantId, Runnable work) {
        String previous = CURRENT.get();
        set(tenantId);
        try {
            work.run();
        } finally {
            set(previous);
        }
    }
}
