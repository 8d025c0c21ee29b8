package org.aifootprint.application.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aifootprint.imports.CsvFiles;
import org.aifootprint.imports.ImportFormat;
import org.aifootprint.imports.billing.BillingFormat;
import org.apache.commons.csv.CSVParser;

/** Which importer reads a file: the requested format's, or for {@code auto} the one whose columns the header has. */
enum ImportRoute {
    TEMPLATE, BILLING, PROVIDER_CARBON;

    /** Every format code {@code POST /api/v1/imports?format=} accepts. */
    static final List<String> CODES = codes();

    private static List<String> codes() {
        List<String> codes = new java.util.ArrayList<>(List.of("auto"));
        for (ImportFormat f : ImportFormat.values()) {
            codes.add(f.code());
        }
        for (BillingFormat f : BillingFormat.values()) {
            if (!codes.contains(f.code())) {
                codes.add(f.code());
            }
        }
        codes.add("provider-carbon");
        return List.copyOf(codes);
    }

    static boolean known(String code) {
        return code == null || code.isBlank() || CODES.contains(code.trim().toLowerCase(Locale.ROOT));
    }

    static ImportRoute of(Path file, String code) {
        if (code != null && BillingFormat.isBillingCode(code)) {
            return BILLING;
        }
        if (code != null && code.equalsIgnoreCase("provider-carbon")) {
            return PROVIDER_CARBON;
        }
        if (code != null && !code.isBlank() && !code.equalsIgnoreCase("auto")) {
            return TEMPLATE;
        }
        Set<String> header = header(file);
        if (ImportFormat.detect(header).isPresent()) {
            return TEMPLATE;
        }
        if (BillingFormat.detect(header, null).isPresent()) {
            return BILLING;
        }
        if (org.aifootprint.imports.carbon.ProviderCarbonFormat.detect(header).isPresent()) {
            return PROVIDER_CARBON;
        }
        throw new ImportRejected("No known format matches the header. Templates need their columns (usage: " + ImportFormat.USAGE.required()
                + "); FOCUS needs " + BillingFormat.FOCUS.required() + "; AWS CUR " + BillingFormat.AWS_CUR_LEGACY.required() + " (or the CUR 2.0 "
                + "names); GCP " + BillingFormat.GCP.required() + "; Azure " + BillingFormat.AZURE.required() + "; provider carbon exports as in "
                + "docs/csv-formats.md. Header read: " + header,
                List.of(), 0, 0, null);
    }

    private static Set<String> header(Path file) {
        try (InputStream in = Files.newInputStream(file); CSVParser parser = CsvFiles.open(in)) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.trim().toLowerCase(Locale.ROOT)));
            return header;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String why = CsvFiles.isEncodingError(e) ? "The file is not UTF-8 text." : "The file cannot be read as CSV: " + e.getMessage();
            throw new ImportRejected(why + " Nothing was imported.", List.of(), 0, 0, null);
        }
    }
}
