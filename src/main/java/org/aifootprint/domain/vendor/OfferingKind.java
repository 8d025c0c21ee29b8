package org.aifootprint.domain.vendor;

/**
 * What a vendor offers. A {@code REGION} names a cloud region of the reference data ({@code aws:eu-west-3}), so that
 * its grid intensity comes from the factor set; a {@code HARDWARE_MODEL} names a catalogue code ({@code amd-mi300x}).
 */
public enum OfferingKind {
    REGION, SITE, HARDWARE_MODEL;

    public String label() {
        return switch (this) {
            case REGION -> "Cloud region";
            case SITE -> "Site";
            case HARDWARE_MODEL -> "Hardware model";
        };
    }
}
