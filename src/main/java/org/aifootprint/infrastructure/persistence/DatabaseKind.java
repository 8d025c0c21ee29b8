package org.aifootprint.infrastructure.persistence;

import java.util.Locale;

/**
 * The two databases the application runs on, recognised from the JDBC URL. The same Flyway scripts
 * serve both (H2 runs in PostgreSQL mode).
 */
public enum DatabaseKind {
    H2("org.h2.jdbcx.JdbcDataSource", "org.hibernate.dialect.H2Dialect"),
    POSTGRESQL("org.postgresql.ds.PGSimpleDataSource", "org.hibernate.dialect.PostgreSQLDialect");

    private final String dataSourceClass;
    private final String hibernateDialect;

    DatabaseKind(String dataSourceClass, String hibernateDialect) {
        this.dataSourceClass = dataSourceClass;
        this.hibernateDialect = hibernateDialect;
    }

    public String dataSourceClass() {
        return dataSourceClass;
    }

    public String hibernateDialect() {
        return hibernateDialect;
    }

    public static DatabaseKind fromUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.trim().toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new IllegalArgumentException("Unsupported database URL '" + jdbcUrl
                + "': AI Footprint runs on PostgreSQL (jdbc:postgresql:...) or the embedded H2 default (jdbc:h2:...)");
    }
}
