package org.aifootprint.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.domain.tenant.Tenant;
import org.aifootprint.domain.tenant.TenantRepository;
import org.aifootprint.domain.tenant.UserAccount;
import org.aifootprint.domain.tenant.UserAccountRepository;
import org.aifootprint.infrastructure.security.PasswordHashing;

/**
 * The demo data itself; see {@link DemoData} for when and in which tenant context each method runs.
 * Each public method is a transaction of its own.
 */
@Stateless
public class DemoDataSeeder {

    static final String DEMO_PASSWORD = "demo";

    @Inject
    private TenantRepository tenants;
    @Inject
    private UserAccountRepository users;
    @Inject
    private PasswordHashing passwords;
    @Inject
    private Clock clock;

    public boolean alreadySeeded() {
        return tenants.find("demo").isPresent();
    }

    /** The tenants, their administrators and the platform operator (no tenant context needed). */
    public String seedTenants() {
        Instant now = clock.instant();
        tenants.store(new Tenant("demo", "Demo AI Co.", now));
        tenants.store(new Tenant("acme", "ACME Robotics", now));
        String hash = passwords.hash(DEMO_PASSWORD);
        users.storeOutsideCurrentTenant("demo", "admin@demo.example", "Dana Admin", Role.ADMIN, hash, now);
        users.storeOutsideCurrentTenant("acme", "admin@acme.example", "Avery Admin", Role.ADMIN, hash, now);
        users.storeOutsideCurrentTenant(null, "operator@platform.example", "Olu Operator", Role.OPERATOR, hash, now);
        return hash;
    }

    /** The other users of tenant {@code demo}; runs in that tenant's context. */
    public void seedDemoUsers(String hash) {
        Instant now = clock.instant();
        users.store(new UserAccount("analyst@demo.example", "Ana Analyst", Role.ANALYST, hash, now));
        users.store(new UserAccount("auditor@demo.example", "Aude Auditor", Role.AUDITOR, hash, now));
        users.store(new UserAccount("buyer@demo.example", "Bo Buyer", Role.PROCUREMENT, hash, now));
    }
}
