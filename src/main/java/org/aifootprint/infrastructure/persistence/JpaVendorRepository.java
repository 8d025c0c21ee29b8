package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aifootprint.domain.vendor.Scorecard;
import org.aifootprint.domain.vendor.ScorecardTemplate;
import org.aifootprint.domain.vendor.Vendor;
import org.aifootprint.domain.vendor.VendorRepository;

@ApplicationScoped
public class JpaVendorRepository extends JpaEntityRepository<Vendor> implements VendorRepository {

    public JpaVendorRepository() {
        super(Vendor.class, Set.of("code", "name", "kind", "website"));
    }

    @Override
    public List<Vendor> findAll() {
        return em.createNamedQuery("Vendor.findAll", Vendor.class).getResultList();
    }

    @Override
    public Optional<Vendor> findByCode(String code) {
        return em.createNamedQuery("Vendor.findByCode", Vendor.class).setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<ScorecardTemplate> findTemplates() {
        return em.createNamedQuery("ScorecardTemplate.findAll", ScorecardTemplate.class).getResultList();
    }

    @Override
    public Optional<ScorecardTemplate> findTemplate(long id) {
        return Optional.ofNullable(em.find(ScorecardTemplate.class, id));
    }

    @Override
    public Optional<ScorecardTemplate> findTemplateByName(String name) {
        return em.createNamedQuery("ScorecardTemplate.findByName", ScorecardTemplate.class).setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void storeTemplate(ScorecardTemplate template) {
        em.persist(template);
    }

    @Override
    public List<Scorecard> findScorecards() {
        return em.createNamedQuery("Scorecard.findAll", Scorecard.class).getResultList();
    }

    @Override
    public Optional<Scorecard> findScorecard(long id) {
        return Optional.ofNullable(em.find(Scorecard.class, id));
    }

    @Override
    public void storeScorecard(Scorecard scorecard) {
        em.persist(scorecard);
    }
}
