package org.aifootprint.application.imports;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.aifootprint.imports.RowError;

/** A file with at least one bad row: the transaction that wrote its rows rolls back, nothing stays. */
@ApplicationException(rollback = true)
public class ImportRejected extends RuntimeException {

    private final transient List<RowError> errors;
    private final long rowsRead;
    private final long rowsRejected;
    private final String detectedFormat;

    public ImportRejected(String message, List<RowError> errors, long rowsRead, long rowsRejected, String detectedFormat) {
        super(message);
        this.errors = List.copyOf(errors);
        this.rowsRead = rowsRead;
        this.rowsRejected = rowsRejected;
        this.detectedFormat = detectedFormat;
    }

    public List<RowError> errors() { return errors; }
    public long rowsRead() { return rowsRead; }
    public long rowsRejected() { return rowsRejected; }
    public String detectedFormat() { return detectedFormat; }
}
