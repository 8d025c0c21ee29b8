package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.aifootprint.domain.governance.CarbonPrice;
import org.aifootprint.domain.governance.CarbonPriceRepository;

@ApplicationScoped
public class JpaCarbonPriceRepository implements CarbonPriceRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<CarbonPrice> findAll() {
        return em.createNamedQuery("CarbonPrice.findAll", CarbonPrice.class).getResultList();
    }

    @Override
    public void store(CarbonPrice price) {
        em.persist(price);
        em.flush();
    }
}
