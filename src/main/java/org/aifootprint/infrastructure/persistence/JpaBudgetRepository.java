package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.aifootprint.domain.governance.Budget;
import org.aifootprint.domain.governance.BudgetRepository;

@ApplicationScoped
public class JpaBudgetRepository implements BudgetRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Budget> findAll() {
        return em.createNamedQuery("Budget.findAll", Budget.class).getResultList();
    }

    @Override
    public void store(Budget budget) {
        em.persist(budget);
        em.flush();
    }
}
