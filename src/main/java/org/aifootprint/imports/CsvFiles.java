package org.aifootprint.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens an uploaded CSV file for streaming: gzip is recognised by its magic bytes (not the file name), a UTF-8
 * byte-order mark is skipped, and the delimiter (comma or semicolon) is read off the header line. Invalid UTF-8
 * is an error, not silently replaced characters.
 */
public final class CsvFiles {

    /** Longest field accepted; a larger one is reported as a broken file rather than read into memory. */
    public static final int MAX_FIELD_CHARS = 1_000_000;
    private static final int SNIFF_CHARS = 64 * 1024;

    private CsvFiles() {
    }

    public static CSVParser open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        InputStream body = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 64 * 1024) : in;
        Reader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
        PushbackReader pushback = new PushbackReader(reader, SNIFF_CHARS);
        char[] head = new char[SNIFF_CHARS];
        int n = pushback.read(head, 0, head.length);
        if (n <= 0) {
            throw new IOException("the file is empty");
        }
        int start = head[0] == '\uFEFF' ? 1 : 0;
        pushback.unread(head, start, n - start);
        char delimiter = delimiterOf(new String(head, start, n - start));
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).setMaxRows(0).get().parse(new LimitedFieldReader(pushback));
    }

    /** Semicolon when the header line has more semicolons than commas outside quotes; comma otherwise. */
    static char delimiterOf(String head) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Whether an I/O failure means the bytes were not UTF-8. */
    public static boolean isEncodingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** Refuses a field (a run without delimiter or line break) longer than {@link #MAX_FIELD_CHARS}. */
    private static final class LimitedFieldReader extends Reader {
        private final Reader in;
        private int run;

        LimitedFieldReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            for (int i = offset; i < offset + Math.max(n, 0); i++) {
                char c = buffer[i];
                if (c == ',' || c == ';' || c == '\n' || c == '\r') {
                    run = 0;
                } else if (++run > MAX_FIELD_CHARS) {
                    throw new IOException("a field is longer than " + MAX_FIELD_CHARS + " characters; the file looks broken");
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
