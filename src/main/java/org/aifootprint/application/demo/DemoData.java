package org.aifootprint.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.aifootprint.infrastructure.persistence.DatabaseSettings;
import org.aifootprint.infrastructure.tenancy.TenantContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo tenants and logins on the embedded default database, once, so that the application
 * shows something on first start. Never on a configured (production) database, unless
 * {@code aif.demo-data=true} asks for it explicitly (the integration tests on PostgreSQL do).
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "ReferenceDataLoader"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "aif.demo-data")
    private Optional<Boolean> demoDataRequested;

    @Inject
    private DemoDataSeeder seeder;
    @Inject
    private DemoActivityData activity;
    @Inject
    private DemoVendorData vendors;
    @Inject
    private DemoCarbonPrice carbonPrice;

    @PostConstruct
    void seed() {
        boolean wanted = demoDataRequested.orElse(!DatabaseSettings.current().configured());
        if (!wanted) {
            LOG.info("Demo data not seeded: a production database is configured (set aif.demo-data=true to seed anyway)");
            return;
        }
        if (!seeder.alreadySeeded()) {
            String passwordHash = seeder.seedTenants();
            TenantContext.runAs("demo", () -> seeder.seedDemoUsers(passwordHash));
        }
        boolean[] seededActivity = {false};
        TenantContext.runAs("demo", () -> seededActivity[0] = activity.seedIfEmpty());
        TenantContext.runAs("demo", () -> vendors.seedIfEmpty());
        TenantContext.runAs("demo", () -> carbonPrice.seedIfEmpty());
        if (!seededActivity[0]) {
            return;
        }
        LOG.info("Demo data seeded: tenants demo and acme with their logins (README, password 'demo') and the demo tenant's activity data");
    }
}
