package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aifootprint.domain.hardware.HardwareAsset;
import org.aifootprint.domain.hardware.HardwareRepository;
import org.aifootprint.domain.hardware.HardwareType;
import org.aifootprint.domain.hardware.LifecycleEvent;

@ApplicationScoped
public class JpaHardwareRepository extends JpaEntityRepository<HardwareAsset> implements HardwareRepository {

    public JpaHardwareRepository() {
        super(HardwareAsset.class, Set.of("assetTag", "serialNumber", "hardware.code", "hardware.name", "facility.code",
                "acquiredOn", "quantity", "status", "embodiedKgCo2e"));
    }

    @Override
    public Optional<HardwareAsset> findByTag(String assetTag) {
        return em.createNamedQuery("HardwareAsset.findByTag", HardwareAsset.class).setParameter("tag", assetTag).getResultStream().findFirst();
    }

    @Override
    public List<HardwareAsset> findAcquiredBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery("HardwareAsset.findAcquiredBetween", HardwareAsset.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<LifecycleEvent> findDisposalsBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery("LifecycleEvent.findDisposalsBetween", LifecycleEvent.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<HardwareType> findTypes() {
        return em.createNamedQuery("HardwareType.findAll", HardwareType.class).getResultList();
    }

    @Override
    public Optional<HardwareType> findType(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(HardwareType.class, code));
    }
}
