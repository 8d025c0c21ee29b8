package org.aifootprint.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.report.ReportRun;
import org.aifootprint.domain.report.ReportRunRepository;
import org.aifootprint.domain.report.ReportSummary;

@ApplicationScoped
public class JpaReportRunRepository implements ReportRunRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ReportRun> find(long id) {
        return Optional.ofNullable(em.find(ReportRun.class, id));
    }

    @Override
    public List<ReportSummary> summaries(boolean publishedOnly) {
        return em.createQuery("select new org.aifootprint.domain.report.ReportSummary(r.id, r.periodFrom, r.periodTo, r.pageSize, r.factorSet, "
                        + "r.overridesAsOf, r.contentSha256, r.pdfSha256, r.scope1Kg, r.scope2LocationKg, r.scope2MarketKg, r.scope3Kg, r.energyKwh, "
                        + "r.status, r.createdBy, r.createdAt, r.publishedBy, r.publishedAt) from ReportRun r "
                        + (publishedOnly ? "where r.status = org.aifootprint.domain.report.ReportRun.Status.PUBLISHED " : "")
                        + "order by r.createdAt desc, r.id desc", ReportSummary.class)
                .setMaxResults(500).getResultList();
    }

    @Override
    public List<Long> findPublishedOverlapping(LocalDate from, LocalDate to) {
        return em.createNamedQuery("ReportRun.findPublishedOverlapping", Long.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Long> findByPdfSha256(String sha256) {
        return em.createNamedQuery("ReportRun.findByPdfSha256", Long.class).setParameter("sha256", sha256).getResultList();
    }

    @Override
    public void store(ReportRun run) {
        em.persist(run);
        em.flush();
    }
}
