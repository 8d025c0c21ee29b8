package org.aifootprint.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutConfigurationUsesTheEmbeddedH2FileUnderData() {
        DatabaseSettings settings = DatabaseSettings.from(key -> null);
        assertFalse(settings.configured());
        assertTrue(settings.url().startsWith("jdbc:h2:file:./data/"));
        assertEquals(DatabaseKind.H2, settings.kind());
        assertEquals("org.hibernate.dialect.H2Dialect", settings.asConfig().get("aif.db.dialect"));
    }

    @Test
    void aPostgresUrlSelectsThePostgresDataSourceAndDialect() {
        Map<String, String> env = Map.of("aif.db.url", "jdbc:postgresql://db:5432/aif", "aif.db.user", "aif", "aif.db.password", "s3cret");
        DatabaseSettings settings = DatabaseSettings.from(env::get);
        assertTrue(settings.configured());
        assertEquals(DatabaseKind.POSTGRESQL, settings.kind());
        assertEquals("org.postgresql.ds.PGSimpleDataSource", settings.asConfig().get("aif.db.datasource-class"));
        assertEquals("org.hibernate.dialect.PostgreSQLDialect", settings.asConfig().get("aif.db.dialect"));
        assertEquals("aif", settings.user());
    }

    @Test
    void anUnsupportedDatabaseIsRefusedWithAMessageNamingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseKind.fromUrl("jdbc:mysql://x/y"));
        assertTrue(e.getMessage().contains("PostgreSQL"));
    }

    @Test
    void environmentVariableNamesFollowMicroProfileConfig() {
        assertEquals("AIF_DB_URL", DatabaseSettings.toEnvName("aif.db.url"));
        assertEquals("AIF_DEMO_DATA", DatabaseSettings.toEnvName("aif.demo-data"));
    }
}
