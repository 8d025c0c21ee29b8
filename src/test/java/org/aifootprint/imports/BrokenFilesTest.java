package org.aifootprint.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.aifootprint.imports.billing.BillingFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The broken-file corpus: each ends in a clear error before anything is kept (the importers roll back on it). */
class BrokenFilesTest {

    private static final String FOCUS = "BilledCost,ChargeCategory,ChargePeriodStart,ProviderName,ServiceName,ConsumedQuantity,ConsumedUnit,RegionId\n";

    private static Exception readAll(byte[] bytes) {
        try (CSVParser parser = CsvFiles.open(new ByteArrayInputStream(bytes))) {
            for (CSVRecord ignored : parser) {
                // reading is what fails
            }
            return null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return e;
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aTruncatedGzipIsABrokenFileNotAShorterOne() throws IOException {
        StringBuilder csv = new StringBuilder(FOCUS);
        for (int i = 0; i < 5000; i++) {
            csv.append("1.0,Usage,2025-03-01,AWS,EC2,1,Hours,us-east-1\n");
        }
        byte[] whole = gzip(csv.toString());
        Exception e = readAll(Arrays.copyOf(whole, whole.length / 2));
        assertTrue(e != null, "half a gzip must not read as a shorter file");
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    @Test
    void aTenMegabyteFieldIsRefusedWithoutReadingItIntoMemory() {
        byte[] bytes = (FOCUS + "1.0,Usage,2025-03-01,AWS,\"" + "x".repeat(10 * 1024 * 1024) + "\",1,Hours,us-east-1\n")
                .getBytes(StandardCharsets.UTF_8);
        Exception e = readAll(bytes);
        assertTrue(e != null && e.getMessage().contains("longer than"), String.valueOf(e));
    }

    @Test
    void aTabSeparatedFileMatchesNoFormatAndTheRefusalNamesTheMissingColumns() throws IOException {
        byte[] bytes = FOCUS.replace(',', '\t').getBytes(StandardCharsets.UTF_8);
        try (CSVParser parser = CsvFiles.open(new ByteArrayInputStream(bytes))) {
            HashSet<String> header = new HashSet<>(parser.getHeaderNames());
            assertEquals(1, header.size(), "a wrong delimiter leaves one column");
            assertTrue(BillingFormat.detect(header, null).isEmpty());
            assertTrue(ImportFormat.detect(header).isEmpty());
            assertTrue(BillingFormat.FOCUS.missingFrom(header).contains("chargecategory"));
        }
    }

    @Test
    void notUtf8IsSaidSo() {
        byte[] latin1 = (FOCUS + "1.0,Usage,2025-03-01,AWS,Caf\u00e9,1,Hours,us-east-1\n").getBytes(StandardCharsets.ISO_8859_1);
        Exception e = readAll(latin1);
        assertTrue(e != null && CsvFiles.isEncodingError(e), String.valueOf(e));
    }

    @Test
    void formulaCellsAreReadAsTextAndNeutralisedInEveryExport() throws IOException {
        byte[] bytes = (FOCUS + "1.0,Usage,2025-03-01,AWS,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1,Hours,us-east-1\n").getBytes(StandardCharsets.UTF_8);
        String cell;
        try (CSVParser parser = CsvFiles.open(new ByteArrayInputStream(bytes))) {
            cell = parser.iterator().next().get("ServiceName");
        }
        assertEquals("=HYPERLINK(\"http://x\",\"y\")", cell, "stored as the text it is");
        String exported = CsvExport.write(List.of("service"), List.of(List.of(cell)));
        assertTrue(exported.contains("'=HYPERLINK"), exported);
        java.io.StringWriter streamed = new java.io.StringWriter();
        try (CsvExport.Printer printer = new CsvExport.Printer(streamed, List.of("service"))) {
            printer.row(List.of(cell));
        }
        assertTrue(streamed.toString().contains("'=HYPERLINK"), streamed.toString());
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() {
        Exception e = readAll(new byte[0]);
        assertTrue(e != null && e.getMessage().contains("empty"), String.valueOf(e));
        InputStream unused = InputStream.nullInputStream();
        assertThrows(IOException.class, () -> CsvFiles.open(unused));
    }
}
