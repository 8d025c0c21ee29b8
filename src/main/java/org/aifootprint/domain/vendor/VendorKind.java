package org.aifootprint.domain.vendor;

/** What a vendor sells the AI: cloud capacity, colocation space, hardware, or models behind an API. */
public enum VendorKind {
    CLOUD_PROVIDER, COLOCATION, HARDWARE_OEM, AI_API_PROVIDER;

    public String label() {
        return switch (this) {
            case CLOUD_PROVIDER -> "Cloud provider";
            case COLOCATION -> "Colocation";
            case HARDWARE_OEM -> "Hardware OEM";
            case AI_API_PROVIDER -> "AI model/API provider";
        };
    }
}
