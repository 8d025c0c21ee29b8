package org.aifootprint.domain.energy;

/** Contractual instruments recognised for market-based Scope 2 (GHG Protocol Scope 2 Guidance, ch. 6). */
public enum InstrumentKind {
    PPA_PHYSICAL("Physical PPA"),
    PPA_VIRTUAL("Virtual PPA"),
    REC("REC (unbundled)"),
    GO("Guarantee of Origin"),
    I_REC("I-REC"),
    GREEN_TARIFF("Green tariff"),
    SUPPLIER_CONTRACT("Supplier contract");

    private final String label;

    InstrumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A supplier contract conveys the supplier's own emission factor; the others convey renewable attributes. */
    public boolean needsEmissionFactor() {
        return this == SUPPLIER_CONTRACT;
    }
}
