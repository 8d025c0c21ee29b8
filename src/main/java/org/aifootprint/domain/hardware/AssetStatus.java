package org.aifootprint.domain.hardware;

public enum AssetStatus {
    IN_STOCK("In stock"), DEPLOYED("Deployed"), RETIRED("Retired"), DISPOSED("Disposed");

    private final String label;

    AssetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
