package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aifootprint.domain.usage.ComputeUsage;
import org.aifootprint.domain.usage.ComputeUsageRepository;
import org.aifootprint.domain.usage.UsageLine;

@ApplicationScoped
public class JpaComputeUsageRepository extends JpaEntityRepository<ComputeUsage> implements ComputeUsageRepository {

    public JpaComputeUsageRepository() {
        super(ComputeUsage.class, Set.of("model.name", "phase", "periodStart", "periodEnd", "facility.code", "hardware.code",
                "deviceCount", "hoursPerDevice", "energyKwh", "qualityTier", "dataSource"));
    }

    @Override
    public List<UsageLine> findLinesOverlapping(LocalDate from, LocalDate to) {
        return em.createQuery("select new org.aifootprint.domain.usage.UsageLine(u.id, m.name, m.ownerTeam, u.phase, u.periodStart, u.periodEnd, "
                        + "f.code, h.code, u.deviceCount, u.hoursPerDevice, u.avgPowerW, u.utilization, u.energyKwh, u.requests, "
                        + "u.dataSource, u.energyLowKwh, u.energyHighKwh, u.energyFactors) "
                        + "from ComputeUsage u join u.model m join u.facility f join u.hardware h "
                        + "where u.periodStart <= :to and u.periodEnd >= :from order by u.id", UsageLine.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<ComputeUsage> findOverlapping(LocalDate from, LocalDate to) {
        return em.createNamedQuery("ComputeUsage.findOverlapping", ComputeUsage.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
