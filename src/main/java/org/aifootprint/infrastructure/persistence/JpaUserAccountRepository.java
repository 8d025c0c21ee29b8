package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.domain.tenant.UserAccount;
import org.aifootprint.domain.tenant.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    // Native SQL below is not filtered by tenant: each statement says which tenant it touches.

    @Override
    public boolean isEmailRegistered(String email) {
        Number count = (Number) em.createNativeQuery("select count(*) from user_account where email = ?1")
                .setParameter(1, email).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public void store(UserAccount user) {
        em.persist(user);
    }

    @Override
    public void storeOutsideCurrentTenant(String tenantId, String email, String displayName, Role role, String passwordHash,
            Instant now) {
        em.createNativeQuery("""
                insert into user_account (tenant_id, email, display_name, role, password_hash, enabled, created_at, password_changed_at)
                values (?1, ?2, ?3, ?4, ?5, true, ?6, ?6)""")
                .setParameter(1, tenantId).setParameter(2, email).setParameter(3, displayName)
                .setParameter(4, role.name()).setParameter(5, passwordHash).setParameter(6, now)
                .executeUpdate();
    }

    @Override
    public void changePasswordHash(String email, String passwordHash, Instant now) {
        em.createNativeQuery("update user_account set password_hash = ?1, password_changed_at = ?2 where email = ?3")
                .setParameter(1, passwordHash).setParameter(2, now).setParameter(3, email).executeUpdate();
    }

    @Override
    public Optional<String> passwordHash(String email) {
        return em.createNativeQuery("select password_hash from user_account where email = ?1", String.class)
                .setParameter(1, email).getResultStream().findFirst().map(String.class::cast);
    }
}
