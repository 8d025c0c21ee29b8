package org.aifootprint.application.governance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.footprint.Footprints;
import org.aifootprint.calculation.Chargeback;
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

    /** Per owner team and month of the period: market- and location-based t CO2e and their internal cost. */
    public List<Chargeback.Row> chargeback(LocalDate from, LocalDate to) {
        Footprints.Result result = footprints.footprint(from, to, null, null);
        List<Chargeback.Price> schedule = prices.findAll().stream()
                .map(p -> new Chargeback.Price(p.getEffectiveFrom(), p.getCurrency(), p.getPricePerTonne())).toList();
        return Chargeback.rows(result.footprint().lineItems(), schedule);
    }
}
