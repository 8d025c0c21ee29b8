package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityMetrics;
import org.aifootprint.domain.facility.FacilityRepository;

@ApplicationScoped
public class JpaFacilityRepository extends JpaEntityRepository<Facility> implements FacilityRepository {

    public JpaFacilityRepository() {
        super(Facility.class, Set.of("code", "name", "operatorKind", "country", "gridZone"));
    }

    @Override
    public List<Facility> findAll() {
        return em.createNamedQuery("Facility.findAll", Facility.class).getResultList();
    }

    @Override
    public Optional<Facility> findByCode(String code) {
        return em.createNamedQuery("Facility.findByCode", Facility.class).setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<FacilityMetrics> findMetrics(long id) {
        return Optional.ofNullable(em.find(FacilityMetrics.class, id));
    }

    @Override
    public List<FacilityMetrics> findMetrics(Facility facility) {
        return em.createNamedQuery("FacilityMetrics.findByFacility", FacilityMetrics.class).setParameter("facility", facility).getResultList();
    }

    @Override
    public List<FacilityMetrics> findMetricsOverlapping(LocalDate from, LocalDate to) {
        return em.createNamedQuery("FacilityMetrics.findOverlapping", FacilityMetrics.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void storeMetrics(FacilityMetrics metrics) {
        em.persist(metrics);
    }

    @Override
    public void removeMetrics(FacilityMetrics metrics) {
        em.remove(metrics);
    }

    @Override
    public boolean isReferenced(Facility facility) {
        for (String jpql : List.of(
                "select count(u) from ComputeUsage u where u.facility = :f",
                "select count(m) from FacilityMetrics m where m.facility = :f",
                "select count(i) from ContractualInstrument i where i.facility = :f",
                "select count(a) from HardwareAsset a where a.facility = :f",
                "select count(e) from LifecycleEvent e where e.facility = :f")) {
            if (em.createQuery(jpql, Long.class).setParameter("f", facility).getSingleResult() > 0) {
                return true;
            }
        }
        return false;
    }
}
