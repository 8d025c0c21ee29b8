package org.aifootprint.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source, defined inside the WAR so that it deploys with no server
 * configuration. Payara resolves the {@code ${MPCONFIG=...}} placeholders at deployment from
 * {@link DatabaseConfigSource}: PostgreSQL when {@code AIF_DB_URL} is set, otherwise embedded H2.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${MPCONFIG=aif.db.datasource-class}",
        url = "${MPCONFIG=aif.db.url}",
        user = "${MPCONFIG=aif.db.user}",
        password = "${MPCONFIG=aif.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        initialPoolSize = 2)
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/aifootprint";
}
