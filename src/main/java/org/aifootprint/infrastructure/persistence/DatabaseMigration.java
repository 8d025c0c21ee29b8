package org.aifootprint.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.flywaydb.core.Flyway;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deployment, before anything uses JPA: Flyway runs the scripts of
 * {@code db-scripts/} (packaged as {@code db/migration}), the only way the schema is made. Hibernate
 * never creates or alters tables ({@code hibernate.hbm2ddl.auto=none}).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @PersistenceUnit
    private EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrate() {
        checkDialect();
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, database " + result.database + ")");
    }

    /** Refuses to start when Hibernate speaks another SQL dialect than the database configured. */
    private void checkDialect() {
        String dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                .getClass().getName();
        String expected = DatabaseSettings.current().kind().hibernateDialect();
        if (!dialect.equals(expected)) {
            throw new IllegalStateException("Hibernate uses " + dialect + " but the configured database needs " + expected);
        }
        LOG.info(() -> "Hibernate dialect " + dialect);
    }
}
