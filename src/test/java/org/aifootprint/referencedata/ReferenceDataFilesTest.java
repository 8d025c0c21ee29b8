package org.aifootprint.referencedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files of reference-data/: every row cited, numbers in plausible ranges, cross-references resolved. */
class ReferenceDataFilesTest {

    private static final Path DIR = Path.of("reference-data");
    private static final List<String> CITATION = List.of("source", "source_year", "url", "licence", "notes");

    static List<CSVRecord> rows(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(DIR.resolve(file))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    static List<String> header(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(DIR.resolve(file))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getHeaderNames();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"grid-location-factors.csv", "grid-zone-aliases.csv", "grid-residual-mix-factors.csv", "electricity-upstream-factors.csv",
            "electricity-water-intensity.csv", "fuel-combustion-factors.csv", "refrigerant-gwp.csv", "end-of-life-factors.csv", "hardware-catalogue.csv",
            "cloud-regions.csv", "cloud-power-coefficients.csv"})
    void everyRowCitesItsSourceYearUrlAndLicence(String file) throws IOException {
        List<String> header = header(file);
        assertEquals(CITATION, header.subList(header.size() - CITATION.size(), header.size()), file + " ends with the citation columns");
        for (CSVRecord row : rows(file)) {
            for (String column : List.of("source", "source_year", "url", "licence")) {
                assertFalse(row.get(column).isBlank(), file + " line " + (row.getRecordNumber() + 1) + " has no " + column);
            }
            assertTrue(row.get("url").startsWith("https://"), file + " line " + (row.getRecordNumber() + 1) + ": url");
            assertTrue(row.isConsistent(), file + " line " + (row.getRecordNumber() + 1) + " has the header's number of cells");
        }
    }

    @Test
    void gridFactorsArePlausibleAndEveryZoneReferenceResolves() throws IOException {
        Set<String> zones = new HashSet<>();
        for (CSVRecord row : rows("grid-location-factors.csv")) {
            double v = Double.parseDouble(row.get("kg_co2e_per_kwh"));
            assertTrue(v > 0 && v < 1.5, row.get("zone") + " " + v + " kg/kWh");
            assertTrue(zones.add(row.get("zone")), "duplicate zone " + row.get("zone"));
        }
        assertTrue(zones.containsAll(Set.of("FR", "DE", "NL", "GB", "IE", "US", "SE", "JP", "SG", "IN", "US-WECC")));
        assertEquals(0.056039, Double.parseDouble(rows("grid-location-factors.csv").stream().filter(r -> r.get("zone").equals("FR")).findFirst()
                .orElseThrow().get("kg_co2e_per_kwh")), 1e-9, "France 2023, OWID: 56.039 g/kWh");
        for (CSVRecord alias : rows("grid-zone-aliases.csv")) {
            assertTrue(zones.contains(alias.get("zone")), "alias " + alias.get("alias") + " points to a known zone");
        }
        for (CSVRecord region : rows("cloud-regions.csv")) {
            assertTrue(zones.contains(region.get("zone")), region.get("provider") + ":" + region.get("region") + " maps to a known zone");
            double pue = Double.parseDouble(region.get("pue"));
            assertTrue(pue >= 1.0 && pue <= 2.5, "PUE of " + region.get("region"));
        }
        Set<String> providers = rows("cloud-regions.csv").stream().map(r -> r.get("provider")).collect(Collectors.toSet());
        assertEquals(Set.of("aws", "gcp", "azure"), providers);
    }

    @Test
    void theHardwareCatalogueHasTheRequiredCodesAndConsistentPower() throws IOException {
        Set<String> codes = new HashSet<>();
        for (CSVRecord row : rows("hardware-catalogue.csv")) {
            String code = row.get("code");
            assertTrue(code.matches("[a-z0-9]+(-[a-z0-9]+)*"), "slug: " + code);
            assertTrue(codes.add(code), "duplicate " + code);
            if (!row.get("tdp_w").isBlank() && !row.get("idle_w").isBlank()) {
                assertTrue(Double.parseDouble(row.get("tdp_w")) > Double.parseDouble(row.get("idle_w")), code + ": TDP above idle");
            }
            assertTrue(Set.of("accelerator", "cpu-server", "gpu-server", "storage", "network").contains(row.get("kind")), code + " kind");
            if (row.get("tdp_w").isBlank() || row.get("embodied_kg_co2e").isBlank()) {
                assertFalse(row.get("notes").isBlank(), code + " says why a figure is missing");
            }
        }
        assertTrue(codes.containsAll(Set.of("nvidia-v100-sxm2-32gb", "nvidia-a100-sxm4-40gb", "nvidia-a100-sxm4-80gb", "nvidia-h100-sxm5-80gb",
                "nvidia-h200-sxm-141gb", "nvidia-b200-sxm-192gb", "nvidia-l4", "nvidia-t4", "google-tpu-v3", "google-tpu-v4", "google-tpu-v5e",
                "amd-mi250x", "amd-mi300x")));
    }

    @Test
    void gwpsAreAr6AndBlendsAreMassWeighted() throws IOException {
        var gwp = rows("refrigerant-gwp.csv").stream().collect(Collectors.toMap(r -> r.get("gas"), r -> Double.parseDouble(r.get("gwp100"))));
        assertEquals(1530, gwp.get("R-134a"));
        assertEquals(0.5 * gwp.get("R-32") + 0.5 * gwp.get("R-125"), gwp.get("R-410A"), 1e-9);
        assertEquals(Set.of("reuse", "refurbishment", "recycling", "landfill", "incineration"),
                rows("end-of-life-factors.csv").stream().map(r -> r.get("disposition")).collect(Collectors.toSet()));
    }

    @Test
    void theFactorSetHasAVersionAndAnEffectiveDate() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(DIR.resolve("factor-set.properties"))) {
            p.load(in);
        }
        assertTrue(p.getProperty("version", "").matches("\\d{4}\\.\\d+"));
        assertTrue(p.getProperty("effective_from", "").matches("\\d{4}-\\d{2}-\\d{2}"));
    }
}
