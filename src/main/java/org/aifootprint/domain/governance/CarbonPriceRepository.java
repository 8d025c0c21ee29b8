package org.aifootprint.domain.governance;

import java.util.List;

public interface CarbonPriceRepository {

    /** Every price of the tenant, oldest effective date first. */
    List<CarbonPrice> findAll();

    void store(CarbonPrice price);
}
