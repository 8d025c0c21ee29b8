package org.aifootprint.infrastructure.referencedata;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.aifootprint.domain.hardware.HardwareType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Brings the global reference data shipped in {@code reference-data/} into the database at deployment, after
 * the schema migration: the hardware catalogue is inserted or refreshed entry by entry (codes are never
 * deleted, since usage and assets refer to them).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());
    static final String HARDWARE_CATALOGUE = "reference-data/hardware-catalogue.csv";

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void load() {
        int count = 0;
        try (Reader reader = open(HARDWARE_CATALOGUE)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String code = row.get("code").trim();
                HardwareType existing = em.find(HardwareType.class, code);
                String source = citation(row);
                if (existing == null) {
                    em.persist(new HardwareType(code, row.get("name"), row.get("kind"), row.get("vendor"), number(row, "tdp_w"),
                            number(row, "idle_w"), number(row, "mass_kg"), number(row, "embodied_kg_co2e"), text(row, "embodied_basis"),
                            number(row, "lifetime_years"), source));
                } else {
                    existing.refresh(row.get("name"), row.get("kind"), row.get("vendor"), number(row, "tdp_w"), number(row, "idle_w"),
                            number(row, "mass_kg"), number(row, "embodied_kg_co2e"), text(row, "embodied_basis"),
                            number(row, "lifetime_years"), source);
                }
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + HARDWARE_CATALOGUE, e);
        }
        LOG.info("Hardware catalogue loaded: " + count + " types");
    }

    static Reader open(String resource) {
        InputStream in = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Reference data missing from the application: " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** "source (year), url, licence" of a row with the standard citation columns. */
    static String citation(CSVRecord row) {
        String s = row.get("source") + " (" + row.get("source_year") + "), " + row.get("url") + ", " + row.get("licence");
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    static Double number(CSVRecord row, String column) {
        String v = row.isMapped(column) ? row.get(column).trim() : "";
        return v.isEmpty() ? null : Double.valueOf(v);
    }

    static String text(CSVRecord row, String column) {
        String v = row.isMapped(column) ? row.get(column).trim() : "";
        return v.isEmpty() ? null : v;
    }
}
