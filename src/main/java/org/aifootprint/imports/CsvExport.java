package org.aifootprint.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV for people to open in spreadsheets: RFC 4180 quoting, and any cell that a spreadsheet would run as
 * a formula ({@code = + - @}, tab or carriage return first) is prefixed with an apostrophe (OWASP CSV injection).
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (Printer printer = new Printer(out, header)) {
            for (List<String> row : rows) {
                printer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Rows printed one by one to a writer (for exports too large to hold), neutralised like {@link #write}. */
    public static final class Printer implements java.io.Closeable {
        private final CSVPrinter printer;

        public Printer(java.io.Writer out, List<String> header) throws IOException {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(header);
        }

        public void row(List<String> cells) throws IOException {
            printer.printRecord(cells.stream().map(CsvExport::neutralised).toList());
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    /** The cell as text that no spreadsheet evaluates. Numbers such as -3.5 stay numbers. */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || (first == '-' && !cell.matches("-\\d+(\\.\\d+)?"));
        return risky ? "'" + cell : cell;
    }
}
