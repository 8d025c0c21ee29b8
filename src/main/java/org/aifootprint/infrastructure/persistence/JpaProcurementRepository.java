package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aifootprint.domain.energy.CarbonOffset;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.energy.ProcurementRepository;

@ApplicationScoped
public class JpaProcurementRepository extends JpaEntityRepository<ContractualInstrument> implements ProcurementRepository {

    public JpaProcurementRepository() {
        super(ContractualInstrument.class, Set.of("kind", "marketZone", "periodStart", "periodEnd", "supplier", "facility.code", "retired"));
    }

    @Override
    public List<ContractualInstrument> findOverlapping(LocalDate from, LocalDate to) {
        return em.createNamedQuery("ContractualInstrument.findOverlapping", ContractualInstrument.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<CarbonOffset> findOffsets() {
        return em.createQuery("select o from CarbonOffset o order by o.retiredOn desc, o.id desc", CarbonOffset.class).getResultList();
    }

    @Override
    public Optional<CarbonOffset> findOffset(long id) {
        return Optional.ofNullable(em.find(CarbonOffset.class, id));
    }

    @Override
    public void storeOffset(CarbonOffset offset) {
        em.persist(offset);
    }

    @Override
    public void removeOffset(CarbonOffset offset) {
        em.remove(offset);
    }
}
