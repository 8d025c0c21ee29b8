package org.aifootprint.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.aifootprint.domain.tenant.ApiToken;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.domain.tenant.UserAccount;

/** JPA work inside the container, each method a transaction, run under whatever tenant the test sets. */
@Stateless
public class IsolationProbe {

    @PersistenceContext
    private EntityManager em;

    public long createToken(String name) {
        ApiToken token = new ApiToken(name, Role.AUDITOR, org.aifootprint.infrastructure.security.Secrets.sha256(java.util.UUID.randomUUID().toString()),
                "aif_probe", "probe", Instant.now());
        em.persist(token);
        em.flush();
        return token.getId();
    }

    public ApiToken findToken(long id) {
        return em.find(ApiToken.class, id);
    }

    public List<String> tokenNames() {
        return em.createQuery("select t.name from ApiToken t", String.class).getResultList();
    }

    public List<String> userEmails() {
        return em.createQuery("select u.email from UserAccount u", String.class).getResultList();
    }

    public int renameToken(long id, String name) {
        return em.createQuery("update ApiToken t set t.name = :name where t.id = :id")
                .setParameter("name", name).setParameter("id", id).executeUpdate();
    }

    public int deleteToken(long id) {
        return em.createQuery("delete from ApiToken t where t.id = :id").setParameter("id", id).executeUpdate();
    }

    public String tenantOfToken(long id) {
        return (String) em.createNativeQuery("select tenant_id from api_token where id = ?1").setParameter(1, id).getSingleResult();
    }

    public UserAccount findUserByNativeId(String email) {
        Number id = (Number) em.createNativeQuery("select id from user_account where email = ?1").setParameter(1, email).getSingleResult();
        return em.find(UserAccount.class, id.longValue());
    }
}
