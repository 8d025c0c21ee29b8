package org.aifootprint.application.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aifootprint.domain.imports.BillingLines;
import org.aifootprint.imports.CsvExport;

/** The lineage CSV of a billing import, one row per line of the file: what it was read as, estimated as, and went into. */
public final class BillingLineCsv {

    public static final List<String> COLUMNS = List.of("line", "provider", "service", "region", "sku", "description", "resource_id",
            "usage_date", "quantity", "unit", "cost", "currency", "instance_type", "model", "phase", "category", "ai_relevant", "energy_kwh",
            "hardware", "device_hours", "usage_id", "reason");

    private BillingLineCsv() {
    }

    public static void print(CsvExport.Printer printer, BillingLines.Line l) {
        try {
            printer.row(Arrays.asList(String.valueOf(l.line()), l.provider(), l.service(), l.region(), l.sku(), l.description(), l.resourceId(),
                    String.valueOf(l.usageDate()), String.valueOf(l.quantity()), l.unit(), String.valueOf(l.cost()), l.currency(), l.instanceType(),
                    l.model(), l.phase(), l.category().toLowerCase(Locale.ROOT), String.valueOf(l.aiRelevant()),
                    l.energyKwh() == null ? "" : String.valueOf(l.energyKwh()), l.hardware(), l.deviceHours() == null ? "" : String.valueOf(l.deviceHours()),
                    l.usageId() == null ? "" : String.valueOf(l.usageId()), l.reason()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
