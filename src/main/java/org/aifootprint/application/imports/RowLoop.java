package org.aifootprint.application.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.aifootprint.imports.CsvFiles;
import org.aifootprint.imports.Row;
import org.aifootprint.imports.RowError;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The all-or-nothing reading every importer shares: each row of the file goes to the importer (a row with the
 * wrong number of cells is refused whole), refusals are counted and listed up to a cap, and every {@link #CHUNK}
 * rows the importer's checkpoint runs (progress, flushing). A file without rows or with any refused row ends in
 * {@link ImportRejected}, so the transaction rolls back and nothing is kept.
 */
final class RowLoop {

    /** How many rows between checkpoints (progress updates, flushes that keep memory bounded). */
    static final int CHUNK = 500;

    private RowLoop() {
    }

    /** Reads every row; returns how many when all were accepted. */
    static long readAll(CSVParser parser, String format, Consumer<Row> importer, Consumer<Long> checkpoint) {
        int columns = parser.getHeaderNames().size();
        List<RowError> errors = new ArrayList<>();
        long read = 0;
        long rejected = 0;
        for (CSVRecord record : parser) {
            read++;
            Row row = new Row(record);
            if (!record.isConsistent()) {
                row.refuse(null, "has " + record.size() + " cells where the header has " + columns);
            } else {
                importer.accept(row);
            }
            if (!row.errors().isEmpty()) {
                rejected++;
                if (errors.size() < ImportProgress.MAX_ERRORS_LISTED) {
                    errors.addAll(row.errors());
                }
            }
            if (read % CHUNK == 0) {
                checkpoint.accept(read);
            }
        }
        if (read == 0) {
            throw new ImportRejected("The file has a header but no rows.", List.of(), 0, 0, format);
        }
        if (rejected > 0) {
            throw new ImportRejected(rejected + " of " + read + " rows were refused; nothing was imported. Correct them and upload the file again.",
                    errors, read, rejected, format);
        }
        return read;
    }

    /** The refusal of a file that cannot be read as CSV text at all. */
    static ImportRejected unreadable(Exception e) {
        String why = CsvFiles.isEncodingError(e) ? "The file is not UTF-8 text." : "The file cannot be read as CSV: " + e.getMessage();
        return new ImportRejected(why + " Nothing was imported.", List.of(), 0, 0, null);
    }
}
