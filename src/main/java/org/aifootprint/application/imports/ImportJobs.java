package org.aifootprint.application.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.aifootprint.domain.imports.ImportJob;
import org.aifootprint.domain.imports.ImportRepository;
import org.aifootprint.infrastructure.tenancy.TenantContext;

/** Creates job records, each in its own transaction, so the unique file fingerprint decides at once. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

    @Inject
    private ImportRepository imports;
    @Inject
    private Clock clock;

    /** A queued job, or null when an import of the same file stands (the caller records a duplicate). */
    public ImportJob queue(String format, String fileName, String sha256, long size) {
        if (imports.findActive(sha256).isPresent()) {
            return null;
        }
        ImportJob job = new ImportJob(format, fileName, sha256, size, TenantContext.actor(), clock.instant());
        imports.store(job);
        return job;
    }

    public ImportJob duplicate(String format, String fileName, String sha256, long size) {
        long original = imports.findActive(sha256).map(ImportJob::getId).orElse(0L);
        ImportJob job = ImportJob.duplicate(format, fileName, sha256, size, TenantContext.actor(), clock.instant(), original);
        imports.store(job);
        return job;
    }
}
