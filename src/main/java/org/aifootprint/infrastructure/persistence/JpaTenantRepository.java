package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.tenant.Tenant;
import org.aifootprint.domain.tenant.TenantRepository;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    @Override
    public List<Tenant> findAll() {
        return em.createNamedQuery("Tenant.findAll", Tenant.class).getResultList();
    }

    @Override
    public void store(Tenant tenant) {
        em.persist(tenant);
    }
}
