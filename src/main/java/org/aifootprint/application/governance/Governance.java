package org.aifootprint.application.governance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.footprint.Footprints;
import org.aifootprint.calculation.BudgetCheck;
import org.aifootprint.calculation.Chargeback;
import org.aifootprint.calculation.Footprint;
import org.aifootprint.domain.governance.Budget;
import org.aifootprint.domain.governance.BudgetRepository;
import org.aifootprint.domain.model.AiModelRepository;
import org.aifootprint.domain.governance.CarbonPrice;
import org.aifootprint.domain.governance.CarbonPriceRepository;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.infrastructure.tenancy.TenantContext;

/** The internal carbon price (administrators set it; its history is kept) and the chargeback of AI emissions to teams. */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "ADMIN"})
public class Governance {

    @Inject
    private CarbonPriceRepository prices;
    @Inject
    private Footprints footprints;
    @Inject
    private BudgetRepository budgets;
    @Inject
    private AiModelRepository models;
    @Inject
    private InputValidation validation;
    @Inject
    private Clock clock;

    public List<CarbonPrice> prices() {
        return prices.findAll();
    }

    /** A new price from its effective date; one price per day, and a currency the tenant already prices in. */
    @RolesAllowed("ADMIN")
    public CarbonPrice setPrice(CarbonPriceInput in) {
        validation.check(in);
        List<CarbonPrice> all = prices.findAll();
        InvalidInput.Checks checks = new InvalidInput.Checks();
        checks.refuseIf(all.stream().anyMatch(p -> p.getEffectiveFrom().equals(in.getEffectiveFrom())), "effectiveFrom",
                "a price already takes effect on " + in.getEffectiveFrom() + "; choose another date (prices are never changed, only followed)");
        checks.refuseIf(!all.isEmpty() && !all.get(0).getCurrency().equals(in.getCurrency()), "currency",
                "the tenant prices carbon in " + (all.isEmpty() ? "" : all.get(0).getCurrency()) + "; a chargeback cannot mix currencies");
        checks.throwIfAny();
        CarbonPrice price = new CarbonPrice(in.getCurrency(), in.getPricePerTonne(), in.getEffectiveFrom(), in.getRationale().trim(),
                TenantContext.actor(), clock.instant());
        prices.store(price);
        return price;
    }

    /** A budget with what was used of it (energy and/or emissions) and its state, the worse of its limits. */
    public record BudgetStatus(Budget budget, double energyMwhUsed, double emissionsTUsed, BudgetCheck.Result energy, BudgetCheck.Result emissions,
            BudgetCheck.State state) {
    }

    /** Every budget with its consumption so far (the footprint of its period, market-based emissions), one footprint per period. */
    public List<BudgetStatus> budgets() {
        java.util.Map<List<LocalDate>, Footprint> byPeriod = new java.util.HashMap<>();
        return budgets.findAll().stream().map(b -> status(b, byPeriod.computeIfAbsent(List.of(b.getPeriodStart(), b.getPeriodEnd()),
                p -> footprints.footprint(p.get(0), p.get(1), null, null).footprint()))).toList();
    }

    /** One budget with its consumption. */
    public BudgetStatus budget(Budget b) {
        return status(b, footprints.footprint(b.getPeriodStart(), b.getPeriodEnd(), null, null).footprint());
    }

    private static BudgetStatus status(Budget b, Footprint footprint) {
        List<Footprint.ModelFootprint> models = footprint.models().stream()
                .filter(m -> b.getSubjectKind() == Budget.SubjectKind.TEAM ? b.getSubject().equals(m.team()) : b.getSubject().equals(m.name()))
                .toList();
        double mwh = models.stream().mapToDouble(Footprint.ModelFootprint::energyKwh).sum() / 1000;
        double t = models.stream().mapToDouble(m -> m.operationalMarketKg() + m.embodiedKg()).sum() / 1000;
        BudgetCheck.Result energy = b.getEnergyMwh() == null ? null : BudgetCheck.check(mwh, b.getEnergyMwh(), b.getWarnAtPercent());
        BudgetCheck.Result emissions = b.getEmissionsT() == null ? null : BudgetCheck.check(t, b.getEmissionsT(), b.getWarnAtPercent());
        BudgetCheck.State state = BudgetCheck.worse(energy == null ? BudgetCheck.State.OK : energy.state(),
                emissions == null ? BudgetCheck.State.OK : emissions.state());
        return new BudgetStatus(b, mwh, t, energy, emissions, state);
    }

    @RolesAllowed("ADMIN")
    public Budget setBudget(BudgetInput in) {
        validation.check(in);
        InvalidInput.Checks checks = new InvalidInput.Checks();
        Budget.SubjectKind kind = switch (in.getSubjectKind().trim().toLowerCase(java.util.Locale.ROOT)) {
            case "team" -> Budget.SubjectKind.TEAM;
            case "model" -> Budget.SubjectKind.MODEL;
            default -> null;
        };
        checks.refuseIf(kind == null, "subjectKind", "must be team or model");
        checks.refuseIf(in.getEnergyMwh() == null && in.getEmissionsT() == null, "emissionsT", "give an emissions budget, an energy budget (energyMwh) or both");
        checks.refuseIf(in.getPeriodEnd().isBefore(in.getPeriodStart()), "periodEnd", "must not be before periodStart");
        String subject = in.getSubject().trim();
        checks.refuseIf(kind == Budget.SubjectKind.MODEL && models.findByName(subject).isEmpty(), "subject", "no model is named " + subject);
        checks.refuseIf(kind == Budget.SubjectKind.TEAM && models.findAll().stream().noneMatch(m -> subject.equals(m.getOwnerTeam())), "subject",
                "no model has the owner team " + subject);
        checks.throwIfAny();
        Budget budget = new Budget(kind, subject, in.getPeriodStart(), in.getPeriodEnd(), in.getEnergyMwh(), in.getEmissionsT(),
                in.getWarnAtPercent() == null ? 80 : in.getWarnAtPercent(), TenantContext.actor(), clock.instant());
        budgets.store(budget);
        return budget;
    }

    /** Per owner team and month of the period: market- and location-based t CO2e and their internal cost. */
    public List<Chargeback.Row> chargeback(LocalDate from, LocalDate to) {
        Footprints.Result result = footprints.footprint(from, to, null, null);
        List<Chargeback.Price> schedule = prices.findAll().stream()
                .map(p -> new Chargeback.Price(p.getEffectiveFrom(), p.getCurrency(), p.getPricePerTonne())).toList();
        return Chargeback.rows(result.footprint().lineItems(), schedule);
    }
}
