package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.period.ReportingPeriod;
import org.aifootprint.domain.period.ReportingPeriodRepository;

@ApplicationScoped
public class JpaReportingPeriodRepository implements ReportingPeriodRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ReportingPeriod> find(long id) {
        return Optional.ofNullable(em.find(ReportingPeriod.class, id));
    }

    @Override
    public List<ReportingPeriod> findAll() {
        return em.createNamedQuery("ReportingPeriod.findAll", ReportingPeriod.class).getResultList();
    }

    @Override
    public List<ReportingPeriod> findClosedOverlapping(LocalDate from, LocalDate to) {
        return em.createNamedQuery("ReportingPeriod.findClosedOverlapping", ReportingPeriod.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void store(ReportingPeriod period) {
        em.persist(period);
    }

    @Override
    public void remove(ReportingPeriod period) {
        em.remove(period);
    }
}
