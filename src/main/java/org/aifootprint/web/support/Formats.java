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
}
