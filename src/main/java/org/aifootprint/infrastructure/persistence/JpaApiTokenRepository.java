package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.tenant.ApiToken;
import org.aifootprint.domain.tenant.ApiTokenRepository;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> findAll() {
        return em.createNamedQuery("ApiToken.findAll", ApiToken.class).getResultList();
    }

    @Override
    public void store(ApiToken token) {
        em.persist(token);
    }
}
