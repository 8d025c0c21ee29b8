package org.aifootprint.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * At start-up, imports that were queued or running when the server stopped are ended as failed: each ran in one
 * transaction, so nothing of them was kept, and their file is freed so the same upload can simply be made again
 * (all-or-nothing makes the retry safe). Without this they would stay "running" and block that file forever.
 * Runs for every tenant at once, the one place where a statement is deliberately not scoped to a tenant.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class InterruptedImports {

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void endInterrupted() {
        int ended = em.createNativeQuery("update import_job set status = 'FAILED', active_sha256 = null, finished_at = ?1, message = ?2 "
                + "where status in ('QUEUED', 'RUNNING')")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(2, "The server stopped while this file was being imported; nothing of it was kept. Upload the file again.")
                .executeUpdate();
        if (ended > 0) {
            LOG.warning(ended + " import(s) interrupted by the last shutdown were ended as failed; their files may be uploaded again");
        }
    }
}
