package org.aifootprint.referencedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Checks the shape and plausibility of the cited reference data in {@code reference-data/}. */
class ReferenceDataFilesTest {

    private static final Path DIR = Paths.get("reference-data");
    private static final List<String> CITATION = List.of("source", "source_year", "url", "licence");

    private static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("grid-location-factors.csv", List.of("zone", "name", "kg_co2e_per_kwh", "data_year"));
        HEADERS.put("grid-zone-aliases.csv", List.of("alias", "zone"));
        HEADERS.put("grid-residual-mix-factors.csv", List.of("zone", "kg_co2e_per_kwh", "data_year"));
        HEADERS.put("electricity-upstream-factors.csv", List.of("zone", "td_loss_kg_co2e_per_kwh",
                "wtt_generation_kg_co2e_per_kwh", "wtt_td_kg_co2e_per_kwh"));
        HEADERS.put("fuel-combustion-factors.csv", List.of("fuel", "unit", "kg_co2e_per_unit"));
        HEADERS.put("refrigerant-gwp.csv", List.of("gas", "gwp100"));
        HEADERS.put("end-of-life-factors.csv", List.of("disposition", "kg_co2e_per_kg"));
        HEADERS.put("electricity-water-intensity.csv", List.of("zone", "litres_per_kwh"));
        HEADERS.put("hardware-catalogue.csv", List.of("code", "name", "kind", "vendor", "tdp_w", "idle_w", "mass_kg",
                "embodied_kg_co2e", "embodied_basis", "lifetime_years"));
        HEADERS.put("cloud-regions.csv", List.of("provider", "region", "zone", "location", "pue", "wue_litres_per_kwh"));
        HEADERS.put("cloud-power-coefficients.csv", List.of("provider", "component", "min_w", "max_w", "unit"));
        HEADERS.put("cloud-instance-types.csv", List.of("provider", "instance_type", "vcpus", "memory_gb", "gpu_count",
                "gpu_code", "microarchitecture"));
    }

    @Test
    void everyFileHasItsHeaderAndCitationsOnEveryRow() throws IOException {
        for (Map.Entry<String, List<String>> e : HEADERS.entrySet()) {
            Table t = read(e.getKey());
            List<String> expected = new ArrayList<>(e.getValue());
            expected.addAll(CITATION);
            expected.add("notes");
            assertEquals(expected, t.header, e.getKey() + " header");
            for (Map<String, String> row : t.rows) {
                for (String c : CITATION) {
                    assertFalse(row.get(c).isBlank(), e.getKey() + " row " + row + " lacks " + c);
                }
                int year = Integer.parseInt(row.get("source_year"));
                assertTrue(year >= 2010 && year <= 2030, e.getKey() + " source_year " + year);
                assertTrue(row.get("url").startsWith("https://"), e.getKey() + " url " + row.get("url"));
            }
        }
    }

    @Test
    void gridFactorsArePlausibleAndZonesUnique() throws IOException {
        Table t = read("grid-location-factors.csv");
        Set<String> zones = new HashSet<>();
        for (Map<String, String> r : t.rows) {
            assertTrue(zones.add(r.get("zone")), "duplicate zone " + r.get("zone"));
            assertRange(r, "kg_co2e_per_kwh", 0, 1.5);
        }
        for (String z : List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB", "NO", "CH", "US", "CA",
                "MX", "BR", "CL", "CN", "IN", "JP", "KR", "SG", "AU", "NZ", "ZA", "AE", "SA", "IL", "TW", "HK", "ID",
                "MY", "TH", "US-CAMX", "US-ERCT", "US-NWPP", "US-RFCE", "US-SRVC")) {
            assertTrue(zones.contains(z), "missing zone " + z);
        }
        long egrid = zones.stream().filter(z -> z.startsWith("US-")).count();
        assertTrue(egrid >= 26, "eGRID subregions: " + egrid);
        for (Map<String, String> r : read("grid-residual-mix-factors.csv").rows) {
            assertRange(r, "kg_co2e_per_kwh", 0, 1.5);
            assertTrue(zones.contains(r.get("zone")), "residual zone " + r.get("zone"));
        }
    }

    @Test
    void aliasesAndCloudRegionsResolveToKnownZones() throws IOException {
        Set<String> zones = column(read("grid-location-factors.csv"), "zone");
        Map<String, String> alias = new LinkedHashMap<>();
        for (Map<String, String> r : read("grid-zone-aliases.csv").rows) {
            assertTrue(zones.contains(r.get("zone")), "alias target " + r.get("zone"));
            alias.put(r.get("alias"), r.get("zone"));
        }
        assertEquals("US-CAMX", alias.get("US-CAISO"));
        Table regions = read("cloud-regions.csv");
        Map<String, Long> perProvider = regions.rows.stream()
                .collect(Collectors.groupingBy(r -> r.get("provider"), Collectors.counting()));
        for (String p : List.of("aws", "gcp", "azure")) {
            assertTrue(perProvider.getOrDefault(p, 0L) >= 30, p + " regions " + perProvider.get(p));
        }
        Set<String> keys = new HashSet<>();
        for (Map<String, String> r : regions.rows) {
            assertTrue(keys.add(r.get("provider") + "/" + r.get("region")), "duplicate region " + r);
            assertTrue(zones.contains(r.get("zone")), "region zone " + r.get("zone"));
            assertRange(r, "pue", 1.0, 2.5);
            assertRange(r, "wue_litres_per_kwh", 0, 10);
        }
        for (Map<String, String> r : read("electricity-water-intensity.csv").rows) {
            assertTrue(zones.contains(r.get("zone")) || "DEFAULT".equals(r.get("zone")), "water zone " + r.get("zone"));
            assertRange(r, "litres_per_kwh", 0, 100);
        }
        for (Map<String, String> r : read("electricity-upstream-factors.csv").rows) {
            assertTrue(zones.contains(r.get("zone")) || "DEFAULT".equals(r.get("zone")), "upstream zone " + r.get("zone"));
            assertRange(r, "td_loss_kg_co2e_per_kwh", 0, 0.5);
            assertRange(r, "wtt_generation_kg_co2e_per_kwh", 0, 0.5);
            assertRange(r, "wtt_td_kg_co2e_per_kwh", 0, 0.5);
        }
    }

    @Test
    void hardwareCatalogueHasRequiredUniqueSlugsAndSaneNumbers() throws IOException {
        Table t = read("hardware-catalogue.csv");
        Set<String> codes = new HashSet<>();
        Set<String> kinds = Set.of("accelerator", "cpu-server", "gpu-server", "storage", "network", "cloud-resource");
        Set<String> bases = Set.of("", "manufacturer-pcf", "boavizta-model", "published-estimate", "project-estimate");
        for (Map<String, String> r : t.rows) {
            String code = r.get("code");
            assertTrue(code.matches("[a-z0-9]+(?:[.-][a-z0-9]+)*"), "slug " + code);
            assertTrue(codes.add(code), "duplicate code " + code);
            assertTrue(kinds.contains(r.get("kind")), "kind " + r.get("kind"));
            assertTrue(bases.contains(r.get("embodied_basis")), "basis " + r.get("embodied_basis"));
            assertEquals(r.get("embodied_kg_co2e").isBlank(), r.get("embodied_basis").isBlank(), "basis iff value: " + code);
            Double tdp = number(r, "tdp_w");
            Double idle = number(r, "idle_w");
            if (tdp != null && idle != null) {
                assertTrue(tdp > idle, "tdp > idle for " + code);
            }
            assertRange(r, "tdp_w", 1, 20000);
            assertRange(r, "idle_w", 0, 20000);
            assertRange(r, "mass_kg", 0, 2000);
            assertRange(r, "embodied_kg_co2e", 0, 1_000_000);
            assertRange(r, "lifetime_years", 1, 15);
            boolean blank = r.get("tdp_w").isBlank() || r.get("idle_w").isBlank() || r.get("mass_kg").isBlank()
                    || r.get("embodied_kg_co2e").isBlank();
            if (blank) {
                assertFalse(r.get("notes").isBlank(), "blank cells need an explanation in notes: " + code);
            }
        }
        for (String req : List.of("nvidia-v100-sxm2-32gb", "nvidia-a100-sxm4-40gb", "nvidia-a100-sxm4-80gb",
                "nvidia-h100-sxm5-80gb", "nvidia-v100-pcie-16gb", "nvidia-a100-pcie-80gb", "nvidia-h100-pcie-80gb",
                "nvidia-h200-sxm-141gb", "nvidia-b200-sxm-192gb", "nvidia-l4", "nvidia-t4", "nvidia-a10g", "nvidia-l40s",
                "google-tpu-v3", "google-tpu-v4", "google-tpu-v5e", "google-tpu-v5p", "amd-mi250x", "amd-mi300x",
                "dell-poweredge-r740", "dell-poweredge-r750", "hpe-proliant-dl380-gen10", "nvidia-dgx-a100",
                "nvidia-dgx-h100")) {
            assertTrue(codes.contains(req), "missing hardware " + req);
        }
        Set<String> presentKinds = column(t, "kind");
        assertTrue(presentKinds.containsAll(kinds), "kinds present: " + presentKinds);
    }

    @Test
    void instanceTypesReferenceCatalogueGpus() throws IOException {
        Set<String> codes = column(read("hardware-catalogue.csv"), "code");
        for (Map<String, String> r : read("cloud-instance-types.csv").rows) {
            int gpus = (int) Double.parseDouble(r.get("gpu_count"));
            String code = r.get("gpu_code");
            assertEquals(gpus > 0, !code.isBlank(), "gpu_count vs gpu_code " + r.get("instance_type"));
            if (!code.isBlank()) {
                assertTrue(codes.contains(code), "unknown gpu_code " + code);
            }
            assertRange(r, "vcpus", 1, 1000);
            assertRange(r, "memory_gb", 0.5, 30000);
        }
    }

    @Test
    void factorsAreNonNegativeAndDispositionsComplete() throws IOException {
        for (Map<String, String> r : read("refrigerant-gwp.csv").rows) {
            assertRange(r, "gwp100", 0, 100000);
        }
        Map<String, String> gwp = read("refrigerant-gwp.csv").rows.stream()
                .collect(Collectors.toMap(r -> r.get("gas"), r -> r.get("gwp100")));
        assertEquals(1.0, Double.parseDouble(gwp.get("R-744")));
        assertEquals(0.0, Double.parseDouble(gwp.get("R-717")));
        assertEquals(2255.5, Double.parseDouble(gwp.get("R-410A")), 0.01);
        for (Map<String, String> r : read("fuel-combustion-factors.csv").rows) {
            assertRange(r, "kg_co2e_per_unit", 0, 10);
        }
        Table eol = read("end-of-life-factors.csv");
        assertEquals(Set.of("reuse", "refurbishment", "recycling", "landfill", "incineration"), column(eol, "disposition"));
        for (Map<String, String> r : eol.rows) {
            assertRange(r, "kg_co2e_per_kg", 0, 10);
        }
        for (Map<String, String> r : read("cloud-power-coefficients.csv").rows) {
            Double min = number(r, "min_w");
            Double max = number(r, "max_w");
            if (min != null && max != null) {
                assertTrue(min >= 0 && max >= min, "coefficient " + r);
            }
            if ("pue-default".equals(r.get("component"))) {
                assertRange(r, "min_w", 1.0, 2.5);
            }
        }
    }

    @Test
    void factorSetPropertiesHaveVersionAndEffectiveDate() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(DIR.resolve("factor-set.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        assertTrue(p.getProperty("version", "").matches("\\d{4}\\.\\d+"), "version");
        assertTrue(p.getProperty("effective_from", "").matches("\\d{4}-\\d{2}-\\d{2}"), "effective_from");
        assertFalse(p.getProperty("description", "").isBlank(), "description");
        assertTrue(Files.exists(DIR.resolve("README.md")), "README.md");
    }

    // --- helpers ---

    private record Table(List<String> header, List<Map<String, String>> rows) {
    }

    private static Set<String> column(Table t, String name) {
        return t.rows.stream().map(r -> r.get(name)).collect(Collectors.toSet());
    }

    private static Double number(Map<String, String> row, String col) {
        String v = row.get(col);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!v.matches("-?\\d+(\\.\\d+)?")) {
            fail(col + " is not a plain decimal number: '" + v + "' in " + row);
        }
        return Double.valueOf(v);
    }

    private static void assertRange(Map<String, String> row, String col, double min, double max) {
        Double v = number(row, col);
        if (v != null) {
            assertTrue(v >= min && v <= max, col + "=" + v + " outside [" + min + ", " + max + "] in " + row);
        }
    }

    private static Table read(String file) throws IOException {
        String text = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        List<List<String>> records = parse(text, file);
        assertFalse(records.isEmpty(), file + " is empty");
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> rec = records.get(i);
            assertEquals(header.size(), rec.size(), file + " record " + i + " field count");
            assertFalse(rec.get(0).startsWith("#"), file + ": comment lines are not allowed");
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), rec.get(c));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF line ends. */
    static List<List<String>> parse(String text, String file) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                rec.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    rec.add(field.toString());
                    out.add(rec);
                }
                rec = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(ch);
                any = true;
            }
        }
        if (quoted) {
            fail(file + ": unterminated quoted field");
        }
        if (any || field.length() > 0) {
            rec.add(field.toString());
            out.add(rec);
        }
        return out;
    }
}
