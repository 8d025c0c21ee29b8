package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.imports.ImportError;
import org.aifootprint.domain.imports.ImportJob;
import org.aifootprint.domain.imports.ImportRepository;

@ApplicationScoped
public class JpaImportRepository implements ImportRepository {

    /** Entities an import may create, children first: the order in which a rollback deletes them. */
    private static final List<String> IMPORTED = List.of("VendorCriterionValue", "LifecycleEvent", "HardwareAsset", "ComputeUsage", "ContractualInstrument",
            "FacilityMetrics", "AiModel", "Facility");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ImportJob> find(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    @Override
    public List<ImportJob> findAll() {
        return em.createNamedQuery("ImportJob.findAll", ImportJob.class).setMaxResults(500).getResultList();
    }

    @Override
    public Optional<ImportJob> findActive(String sha256) {
        return em.createNamedQuery("ImportJob.findActiveBySha256", ImportJob.class).setParameter("sha256", sha256).getResultStream().findFirst();
    }

    @Override
    public List<ImportJob> findUnfinished() {
        return em.createNamedQuery("ImportJob.findUnfinished", ImportJob.class).getResultList();
    }

    @Override
    public void store(ImportJob job) {
        em.persist(job);
        em.flush();
    }

    @Override
    public void storeErrors(List<ImportError> errors) {
        errors.forEach(em::persist);
    }

    @Override
    public List<ImportError> findErrors(long jobId) {
        return em.createNamedQuery("ImportError.findByJob", ImportError.class).setParameter("job", jobId).getResultList();
    }

    /** Removes, entity by entity so that Envers records each deletion, everything the import created. */
    @Override
    public int removeRowsOf(long jobId) {
        int removed = 0;
        for (String entity : IMPORTED) {
            List<?> rows = em.createQuery("select e from " + entity + " e where e.importId = :job").setParameter("job", jobId).getResultList();
            for (Object row : rows) {
                if (row instanceof org.aifootprint.domain.hardware.LifecycleEvent event) {
                    event.getAsset().forget(event);
                } else if (row instanceof org.aifootprint.domain.vendor.VendorCriterionValue value) {
                    value.getVendor().forget(value);
                } else {
                    em.remove(row);
                }
                removed++;
            }
            em.flush();
        }
        return removed;
    }
}
