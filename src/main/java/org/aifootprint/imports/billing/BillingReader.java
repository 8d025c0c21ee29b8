package org.aifootprint.imports.billing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aifootprint.imports.Headers;
import org.aifootprint.imports.Row;
import org.aifootprint.imports.billing.BillingFormat.Field;

/**
 * Reads the lines of one billing export in one {@link BillingFormat}: finds each field's column in the file's
 * header (any case), reads numbers and dates strictly (a bad cell is a row error, never a zero), and takes the
 * model and phase from the configured tag/label keys, wherever the format keeps tags: a JSON object (FOCUS Tags,
 * CUR 2.0 resource_tags, Azure Tags), a list of key/value pairs (GCP labels) or one column per tag (CUR legacy
 * {@code resourceTags/user:<key>}, Athena {@code resource_tags_user_<key>}).
 */
public final class BillingReader {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    private final BillingFormat format;
    private final Map<Field, String> columns = new HashMap<>();
    private final String modelTagColumn;
    private final String phaseTagColumn;
    private final Pattern modelInJson;
    private final Pattern phaseInJson;
    /** Tags repeat across lines: the model and phase read from each distinct tag text (bounded). */
    private final Map<String, String[]> tagCache = new HashMap<>();
    private String lastDateText;
    private LocalDate lastDate;

    public BillingReader(BillingFormat format, List<String> header, String modelTagKey, String phaseTagKey) {
        this.format = format;
        Map<String, String> actual = Headers.byLowerCase(header);
        for (Field field : Field.values()) {
            String column = format.column(field);
            if (column != null && actual.containsKey(column)) {
                columns.put(field, actual.get(column));
            }
        }
        this.modelTagColumn = tagColumn(actual, modelTagKey);
        this.phaseTagColumn = tagColumn(actual, phaseTagKey);
        this.modelInJson = jsonTag(modelTagKey);
        this.phaseInJson = jsonTag(phaseTagKey);
    }

    public BillingFormat format() {
        return format;
    }

    /** The line, or null when a cell could not be read (the reasons are then on the row). */
    public BillingLine read(Row row) {
        double quantity = number(row, Field.QUANTITY);
        double cost = number(row, Field.COST);
        LocalDate date = date(row, Field.START);
        Integer vcpus = null;
        String vcpuText = text(row, Field.VCPUS);
        if (vcpuText != null) {
            try {
                vcpus = (int) Double.parseDouble(vcpuText);
            } catch (NumberFormatException e) {
                vcpus = null; // informative only: the instance type mapping gives the vCPUs
            }
        }
        if (!row.errors().isEmpty()) {
            return null;
        }
        String tags = text(row, Field.TAGS);
        String model;
        String phase;
        if (modelTagColumn == null && phaseTagColumn == null && tags != null) {
            String[] known = tagCache.get(tags);
            if (known == null) {
                if (tagCache.size() >= 20_000) {
                    tagCache.clear();
                }
                known = new String[] {tag(row, null, modelInJson, tags), tag(row, null, phaseInJson, tags)};
                tagCache.put(tags, known);
            }
            model = known[0];
            phase = known[1];
        } else {
            model = tag(row, modelTagColumn, modelInJson, tags);
            phase = tag(row, phaseTagColumn, phaseInJson, tags);
        }
        String extra = format == BillingFormat.AZURE ? text(row, Field.ADDITIONAL_INFO)
                : format == BillingFormat.GCP ? text(row, Field.SYSTEM_TAGS) : text(row, Field.SKU_METER);
        return new BillingLine(row.line(), provider(row), text(row, Field.CHARGE_TYPE), text(row, Field.SERVICE), text(row, Field.SERVICE_CATEGORY),
                text(row, Field.SKU), text(row, Field.DESCRIPTION), text(row, Field.REGION), text(row, Field.RESOURCE_ID), date, quantity,
                text(row, Field.UNIT), cost, text(row, Field.CURRENCY), text(row, Field.INSTANCE_TYPE), vcpus, model, phase, extra);
    }

    private String provider(Row row) {
        return switch (format) {
            case AWS_CUR_LEGACY, AWS_CUR_ATHENA, AWS_CUR_2 -> "aws";
            case GCP -> "gcp";
            case AZURE -> "azure";
            case FOCUS -> {
                String name = text(row, Field.PROVIDER);
                String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
                if (lower.startsWith("aws") || lower.startsWith("amazon")) {
                    yield "aws";
                }
                if (lower.contains("google")) {
                    yield "gcp";
                }
                if (lower.contains("microsoft") || lower.contains("azure")) {
                    yield "azure";
                }
                yield lower.isEmpty() ? null : lower.contains("oracle") ? "oracle" : lower;
            }
        };
    }

    private String text(Row row, Field field) {
        String column = columns.get(field);
        return column == null ? null : row.text(column);
    }

    private double number(Row row, Field field) {
        String column = columns.get(field);
        if (column == null) {
            return 0;
        }
        Double d = row.number(column);
        return d == null ? 0 : d;
    }

    private LocalDate date(Row row, Field field) {
        String v = text(row, field);
        if (v == null) {
            row.refuse(columns.get(field), "a usage date is needed to place the line in a month");
            return null;
        }
        if (v.length() >= 10 && lastDate != null && v.regionMatches(0, lastDateText, 0, 10)) {
            return lastDate; // billing lines come grouped by day: the same day is not parsed again
        }
        try {
            if (v.length() >= 10 && v.charAt(4) == '-') {
                lastDateText = v.substring(0, 10);
                lastDate = LocalDate.parse(lastDateText);
                return lastDate;
            }
            return LocalDate.parse(v.length() > 10 ? v.substring(0, v.indexOf(' ') > 0 ? v.indexOf(' ') : 10) : v, US_DATE);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            row.refuse(columns.get(field), "is not a date (YYYY-MM-DD, an ISO timestamp, or MM/DD/YYYY as Azure writes it)");
            return null;
        }
    }

    private static String tagColumn(Map<String, String> actual, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.trim().toLowerCase(Locale.ROOT);
        String legacy = actual.get("resourcetags/user:" + k);
        if (legacy != null) {
            return legacy;
        }
        return actual.get("resource_tags_user_" + k.replaceAll("[^a-z0-9]", "_"));
    }

    /** Matches "key": "value" in a JSON object and {"key": "key", "value": "value"} in a GCP label list. */
    private static Pattern jsonTag(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = Pattern.quote(key.trim());
        String cur2 = Pattern.quote("user_" + key.trim().replaceAll("[^A-Za-z0-9]", "_"));
        return Pattern.compile("\"(?:" + k + "|" + cur2 + ")\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"|\"key\"\\s*:\\s*\"" + k
                + "\"\\s*,\\s*\"value\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
    }

    private static String tag(Row row, String column, Pattern inJson, String tags) {
        if (column != null) {
            return row.text(column);
        }
        if (inJson == null || tags == null || tags.isEmpty()) {
            return null;
        }
        Matcher m = inJson.matcher(tags);
        if (!m.find()) {
            return null;
        }
        String v = (m.group(1) != null ? m.group(1) : m.group(2)).trim();
        return v.isEmpty() ? null : v;
    }
}
