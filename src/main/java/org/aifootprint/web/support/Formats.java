package org.aifootprint.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How pages show values: dates in ISO form and UTC, quantities with their unit and a sensible
 * precision. One place, so that every screen and the PDFs agree ({@code #{formats.instant(x)}}).
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String instant(Instant value) {
        return value == null ? "" : INSTANT.format(value);
    }

    public String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    /** A number with grouped thousands and {@code decimals} decimals; empty when unknown. */
    public String decimal(Number value, int decimals) {
        return value == null ? "" : String.format(java.util.Locale.ENGLISH, "%,." + decimals + "f", value.doubleValue());
    }

    /** kg CO2e shown in tonnes with one decimal (three below one tonne). */
    public String tonnes(Number kg) {
        if (kg == null) {
            return "";
        }
        double v = kg.doubleValue();
        return decimal(v / 1000, Math.abs(v) < 1000 && v != 0 ? 3 : 1);
    }

    /** A share (0–1) as a percentage with one decimal. */
    public String percent(Number share) {
        return share == null ? "—" : decimal(share.doubleValue() * 100, 1) + " %";
    }
}
