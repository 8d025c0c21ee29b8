package org.aifootprint.infrastructure.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the database is, read the way MicroProfile Config reads it (system property {@code aif.db.url}
 * first, then the environment variable {@code AIF_DB_URL}), with the zero-setup default: an H2 file
 * database under {@code ./data/}.
 *
 * <p>It is read directly rather than through {@code ConfigProvider} because the values are needed while
 * Payara prepares the persistence unit and the data source, before CDI or MicroProfile Config serve the
 * application.
 */
public record DatabaseSettings(String url, String user, String password, boolean configured) {

    public static final String DEFAULT_URL =
            "jdbc:h2:file:./data/aifootprint;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public static DatabaseSettings current() {
        return from(key -> Optional.ofNullable(System.getProperty(key))
                .or(() -> Optional.ofNullable(System.getenv(toEnvName(key))))
                .filter(value -> !value.isBlank())
                .orElse(null));
    }

    static DatabaseSettings from(Function<String, String> lookup) {
        String url = lookup.apply("aif.db.url");
        if (url == null) {
            return new DatabaseSettings(DEFAULT_URL, "sa", "", false);
        }
        String user = lookup.apply("aif.db.user");
        String password = lookup.apply("aif.db.password");
        return new DatabaseSettings(url.trim(), user == null ? "" : user, password == null ? "" : password, true);
    }

    public DatabaseKind kind() {
        return DatabaseKind.fromUrl(url);
    }

    /** Properties offered to MicroProfile Config so that the data source definition can refer to them. */
    public Map<String, String> asConfig() {
        return Map.of(
                "aif.db.url", connectionUrl(),
                "aif.db.user", user,
                "aif.db.password", password,
                "aif.db.datasource-class", kind().dataSourceClass(),
                "aif.db.dialect", kind().hibernateDialect());
    }

    /**
     * The URL the data source connects with: for PostgreSQL, JDBC batches are rewritten into multi-row inserts
     * ({@code reWriteBatchedInserts}) unless the URL says otherwise — billing imports write millions of rows.
     */
    public String connectionUrl() {
        if (kind() == DatabaseKind.POSTGRESQL && !url.contains("reWriteBatchedInserts")) {
            return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        return url;
    }

    /** MicroProfile Config's mapping: {@code aif.db.url} is also found as {@code AIF_DB_URL}. */
    static String toEnvName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
