package org.aifootprint.calculation;

/** Every formula of the engine, with the text docs/methodology.md and the PDF appendix show for it. */
public enum Formula {
    IT_ENERGY_METERED("IT energy (kWh) = metered energy"),
    IT_ENERGY_MEASURED("IT energy (kWh) = devices × hours × measured average power (W) / 1000"),
    IT_ENERGY_CLOUD_BILLING("IT energy (kWh) = Σ billing lines: vCPU-h × (min W + u × (max W − min W)) / 1000 + GB-h × memory kWh/GB-h"
            + " + GPU-h × (idle W + u × (max W − idle W)) / 1000 + TB-h × storage Wh/TB-h × replication / 1000 + GB × network kWh/GB"),
    IT_ENERGY_ESTIMATED("IT energy (kWh) = devices × hours × (idle W + utilisation × (TDP W − idle W)) / 1000"),
    FACILITY_ENERGY("Facility energy (kWh) = IT energy × PUE of the facility and month"),
    SCOPE2_LOCATION("Scope 2 location-based (kgCO2e) = facility energy × grid factor of the zone"),
    SCOPE2_MARKET("Scope 2 market-based (kgCO2e) = covered energy × instrument factor + uncovered energy × (supplier factor, else residual mix, else grid factor)"),
    SCOPE1_FUEL("Scope 1 (kgCO2e) = generator fuel × combustion factor × AI share of facility IT energy"),
    SCOPE1_REFRIGERANT("Scope 1 (kgCO2e) = refrigerant top-up kg × GWP100 × AI share of facility IT energy"),
    SCOPE3_CAT1_CLOUD("Scope 3 Cat 1 (kgCO2e) = cloud facility energy × grid factor of the region's zone"),
    SCOPE3_CAT2_CAPITAL_GOODS("Scope 3 Cat 2 (kgCO2e) = units acquired in the period × embodied kgCO2e per unit"),
    SCOPE3_CAT3_UPSTREAM("Scope 3 Cat 3 (kgCO2e) = facility energy × (T&D loss + well-to-tank of generation + well-to-tank of T&D factors)"),
    SCOPE3_END_OF_LIFE("Scope 3 Cat 5 / Cat 12 (kgCO2e) = mass disposed × end-of-life factor of the disposition"),
    EMBODIED_AMORTISED("Embodied share (kgCO2e) = device-hours / (lifetime years × 8760) × embodied kgCO2e per unit"),
    WATER_SITE_METERED("Site water (L) = water consumed × AI share of facility IT energy"),
    WATER_SITE_WUE("Site water (L) = IT energy × WUE (L/kWh)"),
    WATER_SOURCE("Source water (L) = facility energy × water intensity of electricity (L/kWh)");

    private final String text;

    Formula(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
