package org.aifootprint.api.governance;

import org.aifootprint.api.support.QueryDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aifootprint.application.governance.CarbonPriceInput;
import org.aifootprint.application.governance.Governance;
import org.aifootprint.calculation.Chargeback;
import org.aifootprint.domain.governance.CarbonPrice;
import org.aifootprint.imports.CsvExport;

/**
 * {@code /api/v1/carbon-prices} (the internal carbon price and its history; administrators add prices) and
 * {@code /api/v1/chargeback?from&to} (per owner team and month: t CO2e market- and location-based and their cost),
 * also as CSV ({@code /api/v1/chargeback.csv}); {@code /api/v1/budgets} (energy and emissions budgets of teams and models).
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GovernanceResource {

    public record PriceJson(long id, String currency, double pricePerTonne, LocalDate effectiveFrom, String rationale, String createdBy,
            Instant createdAt) {
        static PriceJson of(CarbonPrice p) {
            return new PriceJson(p.getId(), p.getCurrency(), p.getPricePerTonne(), p.getEffectiveFrom(), p.getRationale(), p.getCreatedBy(),
                    p.getCreatedAt());
        }
    }

    public record ChargeJson(String team, String month, double marketTonnes, double locationTonnes, String currency, Double pricePerTonne,
            Double marketCost, Double locationCost) {
        static ChargeJson of(Chargeback.Row r) {
            return new ChargeJson(r.team(), r.month().toString(), r.marketKg() / 1000, r.locationKg() / 1000, r.currency(), r.pricePerTonne(),
                    r.marketCost(), r.locationCost());
        }
    }

    public record BudgetJson(long id, String subjectKind, String subject, LocalDate periodStart, LocalDate periodEnd, Double energyMwh,
            Double emissionsT, int warnAtPercent, double energyMwhUsed, double emissionsTUsed, Double energyShare, Double emissionsShare,
            String state, String createdBy, Instant createdAt) {
        static BudgetJson of(Governance.BudgetStatus s) {
            var b = s.budget();
            return new BudgetJson(b.getId(), b.getSubjectKind().name().toLowerCase(Locale.ROOT), b.getSubject(), b.getPeriodStart(), b.getPeriodEnd(),
                    b.getEnergyMwh(), b.getEmissionsT(), b.getWarnAtPercent(), s.energyMwhUsed(), s.emissionsTUsed(),
                    s.energy() == null ? null : s.energy().share(), s.emissions() == null ? null : s.emissions().share(),
                    s.state().name().toLowerCase(Locale.ROOT), b.getCreatedBy(), b.getCreatedAt());
        }
    }

    @Inject
    private Governance governance;

    /** Every budget with its consumption and state (ok, warning at the threshold, exceeded above the budget). */
    @GET
    @Path("budgets")
    public List<BudgetJson> budgets() {
        return governance.budgets().stream().map(BudgetJson::of).toList();
    }

    @POST
    @Path("budgets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setBudget(org.aifootprint.application.governance.BudgetInput input, @Context UriInfo uri) {
        var budget = governance.setBudget(input == null ? new org.aifootprint.application.governance.BudgetInput() : input);
        BudgetJson created = BudgetJson.of(governance.budget(budget));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("carbon-prices")
    public List<PriceJson> prices() {
        return governance.prices().stream().map(PriceJson::of).toList();
    }

    @POST
    @Path("carbon-prices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPrice(CarbonPriceInput input, @Context UriInfo uri) {
        PriceJson created = PriceJson.of(governance.setPrice(input == null ? new CarbonPriceInput() : input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("chargeback")
    public List<ChargeJson> chargeback(@QueryParam("from") String from, @QueryParam("to") String to) {
        return governance.chargeback(QueryDates.date("from", from), QueryDates.date("to", to)).stream().map(ChargeJson::of).toList();
    }

    @GET
    @Path("chargeback.csv")
    @Produces("text/csv")
    public Response chargebackCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<List<String>> rows = new ArrayList<>();
        for (Chargeback.Row r : governance.chargeback(QueryDates.date("from", from), QueryDates.date("to", to))) {
            rows.add(List.of(r.team(), r.month().toString(), number(r.marketKg() / 1000), number(r.locationKg() / 1000),
                    r.currency() == null ? "" : r.currency(), r.pricePerTonne() == null ? "" : number(r.pricePerTonne()),
                    r.marketCost() == null ? "" : number(r.marketCost()), r.locationCost() == null ? "" : number(r.locationCost())));
        }
        return Response.ok(CsvExport.write(List.of("team", "month", "market_t_co2e", "location_t_co2e", "currency", "price_per_t",
                "market_cost", "location_cost"), rows)).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"chargeback-" + from + "_" + to + ".csv\"").build();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

}
