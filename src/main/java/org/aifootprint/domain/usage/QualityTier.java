package org.aifootprint.domain.usage;

/**
 * How the energy of a usage record is known, best first: metered kWh; measured average power per device;
 * estimated from the hardware's idle and maximum power and a utilisation.
 */
public enum QualityTier {
    METERED, MEASURED, ESTIMATED;

    /**
     * The tier follows from what is known: metered energy beats measured power beats an estimate. Energy that
     * came from cloud billing is itself an estimate (coefficients per vCPU, GB and GPU), never a meter reading.
     */
    public static QualityTier of(DataSource source, Double energyKwh, Double avgPowerW) {
        if (source == DataSource.BILLING_IMPORT) {
            return ESTIMATED;
        }
        if (energyKwh != null) {
            return METERED;
        }
        return avgPowerW != null ? MEASURED : ESTIMATED;
    }
}
