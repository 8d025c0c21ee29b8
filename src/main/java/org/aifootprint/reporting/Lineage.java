package org.aifootprint.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.aifootprint.calculation.Factor;
import org.aifootprint.calculation.Footprint;
import org.aifootprint.calculation.LineItem;
import org.aifootprint.imports.CsvExport;

/**
 * The lineage appendix of a report as CSV: one row per line item (what, how much, formula, facility, month,
 * model, tier, source records, factors) and one row per factor used (value, unit, source). Written in a fixed
 * order with full precision, so that equal inputs give byte-identical files and equal fingerprints.
 */
public final class Lineage {

    public static final List<String> HEADER = List.of("row_type", "measure", "value", "unit", "low", "high", "formula", "facility", "month",
            "model", "team", "phase", "tier", "sources", "factors", "source");

    private Lineage() {
    }

    public static String csv(Footprint f) {
        List<List<String>> rows = new ArrayList<>();
        for (LineItem i : f.lineItems()) {
            rows.add(List.of("line-item", i.measure().name().toLowerCase(Locale.ROOT), num(i.value()), i.measure().unit(), num(i.low()), num(i.high()),
                    i.formula().name(), text(i.facility()), i.month() == null ? "" : i.month().toString(), text(i.model()), text(i.team()),
                    text(i.phase()), i.tier() == null ? "" : i.tier().name().toLowerCase(Locale.ROOT), String.join(" ", i.sources()),
                    String.join(" ", i.factors()), ""));
        }
        for (Factor factor : f.factorsUsed().values()) {
            rows.add(List.of("factor", factor.ref(), num(factor.value()), factor.unit(), "", "", "", "", "", "", "", "", "", "", "", text(factor.source())));
        }
        return CsvExport.write(HEADER, rows);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
