package org.aifootprint.domain.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorTableTest {

    private static final FactorSet SET = new FactorSet("2026.1", LocalDate.of(2026, 1, 1), "test", "0".repeat(64), Instant.EPOCH);
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static ReferenceFactor factor(FactorCategory category, String key, Double value, String text) {
        return new ReferenceFactor(SET, category, key, value, text, category.unit(), "Source", "2024", "https://example.org", "CC BY 4.0", null);
    }

    private static final List<ReferenceFactor> FACTORS = List.of(
            factor(FactorCategory.GRID_LOCATION, "FR", 0.056, null),
            factor(FactorCategory.GRID_LOCATION, "US-CAMX", 0.22, null),
            factor(FactorCategory.GRID_RESIDUAL_MIX, "US", 0.38, null),
            factor(FactorCategory.TD_LOSS, "DEFAULT", 0.018, null),
            factor(FactorCategory.CLOUD_REGION_ZONE, "aws:eu-west-3", null, "FR"),
            factor(FactorCategory.CLOUD_REGION_ZONE, "aws:us-west-1", null, "US-CAISO"),
            factor(FactorCategory.ZONE_ALIAS, "US-CAISO", null, "US-CAMX"));

    @Test
    void cloudRegionsAndAliasesResolveToAGridZone() {
        FactorTable table = new FactorTable("2026.1", FACTORS, List.of(), T0);
        assertEquals("FR", table.gridZoneOf("aws:eu-west-3"));
        assertEquals("US-CAMX", table.gridZoneOf("aws:us-west-1"), "region → alias → zone");
        assertEquals("US-CAMX", table.gridZoneOf("US-CAISO"));
        assertEquals("DE", table.gridZoneOf("DE"), "a zone stays itself");
        assertTrue(table.isCloudRegion("aws:eu-west-3"));
        assertFalse(table.isCloudRegion("FR"));
        assertTrue(table.knowsZone("aws:us-west-1"));
        assertFalse(table.knowsZone("XX"));
    }

    @Test
    void aFactorCarriesItsIdVersionAndSource() {
        FactorValue fr = new FactorTable("2026.1", FACTORS, List.of(), T0).find(FactorCategory.GRID_LOCATION, "FR").orElseThrow();
        assertEquals("grid-location:FR", fr.id());
        assertEquals("2026.1", fr.version());
        assertEquals(0.056, fr.value());
        assertEquals("Source (2024), https://example.org, CC BY 4.0", fr.source());
    }

    @Test
    void fallbacksGoFromZoneToCountryToDefault() {
        FactorTable table = new FactorTable("2026.1", FACTORS, List.of(), T0);
        assertEquals("grid-residual-mix:US", table.findWithFallback(FactorCategory.GRID_RESIDUAL_MIX, "US-CAMX").orElseThrow().id());
        assertEquals("td-loss:DEFAULT", table.findWithFallback(FactorCategory.TD_LOSS, "FR").orElseThrow().id());
        assertTrue(table.findWithFallback(FactorCategory.GRID_RESIDUAL_MIX, "FR").isEmpty(), "no residual mix and no default: the caller decides");
    }

    @Test
    void theOverrideInForceAtTheInstantWinsAndEarlierInstantsSeeEarlierVersions() {
        FactorOverride v1 = new FactorOverride(FactorCategory.GRID_LOCATION, "FR", 1, 0.040, "Supplier disclosure 2025", T0.minusSeconds(3600), "admin");
        FactorOverride v2 = new FactorOverride(FactorCategory.GRID_LOCATION, "FR", 2, 0.035, "Supplier disclosure 2026", T0, "admin");
        v1.withdraw(T0, "admin");
        List<FactorOverride> overrides = List.of(v1, v2);

        assertEquals(0.056, new FactorTable("2026.1", FACTORS, overrides, T0.minusSeconds(7200)).find(FactorCategory.GRID_LOCATION, "FR").orElseThrow().value(),
                "before any override: the factor set's value");
        assertEquals(0.040, new FactorTable("2026.1", FACTORS, overrides, T0.minusSeconds(60)).find(FactorCategory.GRID_LOCATION, "FR").orElseThrow().value());
        FactorValue now = new FactorTable("2026.1", FACTORS, overrides, T0).find(FactorCategory.GRID_LOCATION, "FR").orElseThrow();
        assertEquals(0.035, now.value());
        assertEquals("override:grid-location:FR", now.id());
        assertEquals("override v2", now.version());

        v2.withdraw(T0.plusSeconds(60), "admin");
        assertEquals(0.056, new FactorTable("2026.1", FACTORS, overrides, T0.plusSeconds(120)).find(FactorCategory.GRID_LOCATION, "FR").orElseThrow().value(),
                "after withdrawal the factor set applies again");
    }
}
