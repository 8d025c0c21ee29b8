package org.aifootprint.api.footprint;

import org.aifootprint.api.support.QueryDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.footprint.Reconciliations;
import org.aifootprint.calculation.CloudReconciliation;

/**
 * {@code GET /api/v1/reconciliation?from=&to=}: per cloud provider and month, the provider's reported emissions
 * beside this product's estimates, the difference and why they differ. Provider figures are never part of the
 * footprint.
 */
@Path("reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    public record RowJson(String provider, String month, Double reportedScope1Kg, Double reportedScope2LocationKg, Double reportedScope2MarketKg,
            Double reportedScope3Kg, Double reportedLocationBasedKg, Double reportedMarketBasedKg, String reportedModelVersion,
            Double oursAiOperationalKg, Double oursAiEmbodiedKg, Double oursBillingOperationalKg, Double unmappedSpendShare,
            Double differencePercent, List<String> explanations) {
        static RowJson of(CloudReconciliation.Row r) {
            CloudReconciliation.Reported p = r.reported();
            CloudReconciliation.Ours o = r.ours();
            return new RowJson(r.provider(), r.month().toString(), p == null ? null : p.scope1(), p == null ? null : p.scope2Location(),
                    p == null ? null : p.scope2Market(), p == null ? null : p.scope3(), p == null ? null : p.locationBased(),
                    p == null ? null : p.marketBased(), p == null ? null : p.modelVersion(), o == null ? null : o.aiOperationalKg(),
                    o == null ? null : o.aiEmbodiedKg(), o == null ? null : o.billOperationalKg(), o == null ? null : o.unmappedSpendShare(),
                    r.differencePercent(), r.explanations());
        }
    }

    public record ReconciliationJson(LocalDate from, LocalDate to, String factorSet, List<RowJson> rows) {
    }

    @Inject
    private Reconciliations reconciliations;

    @GET
    public ReconciliationJson reconcile(@QueryParam("from") String from, @QueryParam("to") String to) {
        Reconciliations.Result r = reconciliations.reconcile(QueryDates.date("from", from), QueryDates.date("to", to));
        return new ReconciliationJson(r.from(), r.to(), r.factorSet(), r.rows().stream().map(RowJson::of).toList());
    }
}
