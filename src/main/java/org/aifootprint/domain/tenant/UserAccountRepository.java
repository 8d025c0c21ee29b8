package org.aifootprint.domain.tenant;

import java.util.List;
import java.util.Optional;

/** Users of the current tenant. */
public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> findAll();

    /** Whether any account on the platform, in any tenant, uses this e-mail address. */
    boolean isEmailRegistered(String email);

    void store(UserAccount user);

    /**
     * Creates an account in a tenant other than the current one (a new tenant's first administrator),
     * or a platform operator when {@code tenantId} is null.
     */
    void storeOutsideCurrentTenant(String tenantId, String email, String displayName, Role role, String passwordHash,
            java.time.Instant now);

    /** Changes the password of any account, tenant user or platform operator, by e-mail. */
    void changePasswordHash(String email, String passwordHash, java.time.Instant now);

    /** The stored password hash of any account by e-mail, to check a password before changing it. */
    Optional<String> passwordHash(String email);
}
