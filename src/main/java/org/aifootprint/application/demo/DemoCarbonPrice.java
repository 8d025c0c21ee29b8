package org.aifootprint.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.aifootprint.domain.governance.CarbonPrice;
import org.aifootprint.domain.governance.CarbonPriceRepository;

/** The demo tenant's internal carbon price, so that the chargeback shows costs on first login. */
@Stateless
public class DemoCarbonPrice {

    @Inject
    private CarbonPriceRepository prices;
    @Inject
    private Clock clock;

    public void seedIfEmpty() {
        if (prices.findAll().isEmpty()) {
            prices.store(new CarbonPrice("EUR", 100, LocalDate.of(LocalDate.now(clock).getYear() - 2, 1, 1),
                    "Demo: internal carbon price of EUR 100 per t CO2e decided by the (fictitious) board of Demo AI Co.", "demo-seed", clock.instant()));
        }
    }
}
