package org.aifootprint.infrastructure.referencedata;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.aifootprint.domain.factor.FactorSet;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.factor.ReferenceFactor;
import org.aifootprint.domain.hardware.HardwareType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Brings the reference data shipped in {@code reference-data/} into the database at deployment, after the
 * schema migration:
 * <ul>
 * <li>the factor set of the shipped version ({@code factor-set.properties}) is inserted once, with every
 * factor as {@link ReferenceFactors} maps the files; sets of earlier versions stay untouched, so earlier
 * results can be recomputed. Shipping changed files under a version already loaded is refused: a factor
 * change must come with a new version;</li>
 * <li>the hardware catalogue table (names and current figures for pickers) is inserted or refreshed.</li>
 * </ul>
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());
    static final String DIRECTORY = "reference-data/";
    static final String PROPERTIES = "factor-set.properties";
    static final String HARDWARE_CATALOGUE = "hardware-catalogue.csv";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        loadFactorSet();
        loadHardwareCatalogue();
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(read(PROPERTIES))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * The shipped factor set as a table, read straight from the files without a database (for the benchmark and
     * tools; the application reads factor sets from the database).
     */
    public static FactorTable shippedTable(Instant now) {
        Properties properties = properties();
        String version = required(properties, "version");
        FactorSet set = new FactorSet(version, LocalDate.parse(required(properties, "effective_from")), version, contentSha256(), now);
        List<ReferenceFactor> factors = new java.util.ArrayList<>();
        for (ReferenceFactors.Mapping mapping : ReferenceFactors.MAPPINGS) {
            for (CSVRecord row : parse(mapping.file())) {
                factors.addAll(mapping.factors(set, row));
            }
        }
        return new FactorTable(version, factors, List.of(), now);
    }

    private void loadFactorSet() {
        Properties properties = properties();
        String version = required(properties, "version");
        LocalDate effectiveFrom = LocalDate.parse(required(properties, "effective_from"));
        String sha256 = contentSha256();
        List<FactorSet> existing = em.createNamedQuery("FactorSet.findByVersion", FactorSet.class).setParameter("version", version).getResultList();
        if (!existing.isEmpty()) {
            if (!existing.get(0).getContentSha256().equals(sha256)) {
                throw new IllegalStateException("reference-data/ differs from factor set " + version + " as loaded on "
                        + existing.get(0).getLoadedAt() + ": a changed factor needs a new version in " + DIRECTORY + PROPERTIES
                        + ", so that figures computed with " + version + " stay reproducible");
            }
            return;
        }
        FactorSet set = new FactorSet(version, effectiveFrom, properties.getProperty("description", "Reference data " + version), sha256,
                clock.instant());
        em.persist(set);
        int count = 0;
        for (ReferenceFactors.Mapping mapping : ReferenceFactors.MAPPINGS) {
            for (CSVRecord row : parse(mapping.file())) {
                for (ReferenceFactor factor : mapping.factors(set, row)) {
                    em.persist(factor);
                    count++;
                }
            }
        }
        LOG.info("Factor set " + version + " (effective " + effectiveFrom + ") loaded: " + count + " factors");
    }

    private void loadHardwareCatalogue() {
        int count = 0;
        for (CSVRecord row : parse(HARDWARE_CATALOGUE)) {
            String code = row.get("code").trim();
            HardwareType existing = em.find(HardwareType.class, code);
            String source = ReferenceFactors.citation(row);
            if (existing == null) {
                em.persist(new HardwareType(code, row.get("name"), row.get("kind"), row.get("vendor"), ReferenceFactors.number(row, "tdp_w"),
                        ReferenceFactors.number(row, "idle_w"), ReferenceFactors.number(row, "mass_kg"),
                        ReferenceFactors.number(row, "embodied_kg_co2e"), ReferenceFactors.text(row, "embodied_basis"),
                        ReferenceFactors.number(row, "lifetime_years"), source));
            } else {
                existing.refresh(row.get("name"), row.get("kind"), row.get("vendor"), ReferenceFactors.number(row, "tdp_w"),
                        ReferenceFactors.number(row, "idle_w"), ReferenceFactors.number(row, "mass_kg"),
                        ReferenceFactors.number(row, "embodied_kg_co2e"), ReferenceFactors.text(row, "embodied_basis"),
                        ReferenceFactors.number(row, "lifetime_years"), source);
            }
            count++;
        }
        LOG.info("Hardware catalogue loaded: " + count + " types");
    }

    static List<CSVRecord> parse(String file) {
        try (Reader reader = new StringReader(read(file))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DIRECTORY + file, e);
        }
    }

    static String read(String file) {
        try (InputStream in = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Reference data missing from the application: " + DIRECTORY + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DIRECTORY + file, e);
        }
    }

    /** SHA-256 over the properties and every mapped file, in a fixed order. */
    static String contentSha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(read(PROPERTIES).getBytes(StandardCharsets.UTF_8));
            for (ReferenceFactors.Mapping mapping : ReferenceFactors.MAPPINGS) {
                digest.update(mapping.file().getBytes(StandardCharsets.UTF_8));
                digest.update(read(mapping.file()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(DIRECTORY + PROPERTIES + " has no " + key);
        }
        return value.trim();
    }
}
