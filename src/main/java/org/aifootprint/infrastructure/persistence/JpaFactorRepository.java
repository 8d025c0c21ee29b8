package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.factor.FactorOverride;
import org.aifootprint.domain.factor.FactorRepository;
import org.aifootprint.domain.factor.FactorSet;
import org.aifootprint.domain.factor.ReferenceFactor;

@ApplicationScoped
public class JpaFactorRepository implements FactorRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<FactorSet> findSets() {
        return em.createNamedQuery("FactorSet.findAll", FactorSet.class).getResultList();
    }

    @Override
    public Optional<FactorSet> findSet(String version) {
        return em.createNamedQuery("FactorSet.findByVersion", FactorSet.class).setParameter("version", version).getResultStream().findFirst();
    }

    @Override
    public List<ReferenceFactor> findFactors(FactorSet set) {
        return em.createNamedQuery("ReferenceFactor.findBySet", ReferenceFactor.class).setParameter("set", set).getResultList();
    }

    @Override
    public List<FactorOverride> findOverrides() {
        return em.createNamedQuery("FactorOverride.findAll", FactorOverride.class).getResultList();
    }

    @Override
    public Optional<FactorOverride> findOverride(long id) {
        return Optional.ofNullable(em.find(FactorOverride.class, id));
    }

    @Override
    public void storeOverride(FactorOverride override) {
        em.persist(override);
    }
}
