package org.aifootprint.infrastructure.persistence;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Offers the database settings, including the two derived from the URL (data-source class and Hibernate
 * dialect), to MicroProfile Config, so that a deployment configures PostgreSQL with {@code AIF_DB_URL},
 * {@code AIF_DB_USER} and {@code AIF_DB_PASSWORD} alone. Its ordinal sits below environment variables
 * and system properties, which therefore still win for the three plain settings.
 */
public class DatabaseConfigSource implements ConfigSource {

    private final Map<String, String> values = DatabaseSettings.current().asConfig();

    @Override
    public Map<String, String> getProperties() {
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "aif-database-settings";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
