package org.aifootprint.application.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.aifootprint.domain.imports.ImportError;
import org.aifootprint.domain.imports.ImportJob;
import org.aifootprint.domain.imports.ImportRepository;
import org.aifootprint.imports.RowError;

/**
 * The state changes of an import job, each in a transaction of its own, so that progress is visible while the
 * rows themselves are written in one (all-or-nothing) transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgress {

    /** Rejected rows listed at most; the count covers them all. */
    public static final int MAX_ERRORS_LISTED = 1000;

    @Inject
    private ImportRepository imports;
    @Inject
    private Clock clock;

    public void start(long jobId) {
        imports.find(jobId).ifPresent(j -> j.start(clock.instant()));
    }

    public void progress(long jobId, long rowsRead, long bytesRead) {
        imports.find(jobId).ifPresent(j -> j.progress(rowsRead, bytesRead));
    }

    public void stage(long jobId, String what) {
        imports.find(jobId).ifPresent(j -> j.stage(what));
    }

    public void succeed(long jobId, String detected, long read, long imported) {
        imports.find(jobId).ifPresent(j -> j.succeed(detected, read, imported, clock.instant()));
    }

    public void succeed(long jobId, String detected, long read, long imported, String outcome) {
        imports.find(jobId).ifPresent(j -> j.succeed(detected, read, imported, outcome, clock.instant()));
    }

    public void fail(long jobId, String detected, long read, long rejected, String why, List<RowError> errors) {
        ImportJob job = imports.find(jobId).orElseThrow();
        job.fail(detected, read, rejected, why, clock.instant());
        imports.storeErrors(errors.stream().limit(MAX_ERRORS_LISTED)
                .map(e -> new ImportError(jobId, e.line(), e.column(), e.value(), e.reason())).toList());
    }
}
