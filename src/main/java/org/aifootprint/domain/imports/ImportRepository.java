package org.aifootprint.domain.imports;

import java.util.List;
import java.util.Optional;

public interface ImportRepository {

    Optional<ImportJob> find(long id);

    List<ImportJob> findAll();

    Optional<ImportJob> findActive(String sha256);

    List<ImportJob> findUnfinished();

    /** Stores and flushes, so that a second upload of the same file fails on the unique constraint now. */
    void store(ImportJob job);

    void storeErrors(List<ImportError> errors);

    List<ImportError> findErrors(long jobId);

    /** Deletes every record an import created; returns how many. */
    int removeRowsOf(long jobId);
}
