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
    /** Who acts: the signed-in user's e-mail, or "system" for work the application does by itself. */
    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

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
        ACTOR.remove();
    }

    static void setActor(String actor) {
        if (actor == null) {
            ACTOR.remove();
        } else {
            ACTOR.set(actor);
        }
    }

    /** Who the current work is done for, for the audit history; "system" when nobody signed in. */
    public static String actor() {
        String actor = ACTOR.get();
        return actor == null ? "system" : actor;
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

    /** Runs {@code work} as the given tenant on behalf of {@code actor}, restoring both afterwards. */
    public static void runAs(String tenantId, String actor, Runnable work) {
        String previousActor = ACTOR.get();
        setActor(actor);
        try {
            runAs(tenantId, work);
        } finally {
            setActor(previousActor);
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
