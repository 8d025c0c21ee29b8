package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aifootprint.domain.usage.ComputeUsage;
import org.aifootprint.domain.usage.ComputeUsageRepository;

@ApplicationScoped
public class JpaComputeUsageRepository extends JpaEntityRepository<ComputeUsage> implements ComputeUsageRepository {

    public JpaComputeUsageRepository() {
        super(ComputeUsage.class, Set.of("model.name", "phase", "periodStart", "periodEnd", "facility.code", "hardware.code",
                "deviceCount", "hoursPerDevice", "energyKwh", "qualityTier", "dataSource"));
    }

    @Override
    public List<ComputeUsage> findOverlapping(LocalDate from, LocalDate to) {
        return em.createNamedQuery("ComputeUsage.findOverlapping", ComputeUsage.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
