package org.aifootprint.domain.model;

public enum ModelStatus {
    IN_DEVELOPMENT("In development"), IN_PRODUCTION("In production"), RETIRED("Retired");

    private final String label;

    ModelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
