package org.aifootprint.domain.hardware;

/**
 * Where disposed hardware went. Reuse and refurbishment keep the product in use; recycling, landfill and
 * incineration treat it as waste (ESRS E5-5: diverted from vs directed to disposal).
 */
public enum Disposition {
    REUSE("Reuse / resale", true), REFURBISHMENT("Refurbishment", true), RECYCLING("Recycling (certified recycler)", true),
    LANDFILL("Landfill", false), INCINERATION("Incineration", false);

    private final String label;
    private final boolean divertedFromDisposal;

    Disposition(String label, boolean divertedFromDisposal) {
        this.label = label;
        this.divertedFromDisposal = divertedFromDisposal;
    }

    public String label() {
        return label;
    }

    /** Counts towards the reuse + recycling rate. */
    public boolean divertedFromDisposal() {
        return divertedFromDisposal;
    }
}
