package org.aifootprint.domain.facility;

/** Who runs the facility; decides the Scope (own and colocation: Scope 1-2; cloud: Scope 3 Cat 1). */
public enum OperatorKind {
    OWN("Own data centre"), COLOCATION("Colocation site"), CLOUD("Cloud region");

    private final String label;

    OperatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
