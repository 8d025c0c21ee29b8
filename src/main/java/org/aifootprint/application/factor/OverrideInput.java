package org.aifootprint.application.factor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A tenant's own value for one factor, posted to {@code /api/v1/factor-overrides}. */
public class OverrideInput {

    @NotBlank(message = "is required, e.g. grid-location, refrigerant-gwp, hardware-embodied")
    private String category;
    @NotBlank(message = "is required: the zone, gas, hardware code … the factor is for")
    @Size(max = 120, message = "must be at most 120 characters")
    private String key;
    @NotNull(message = "is required")
    @PositiveOrZero(message = "must be 0 or more")
    private Double value;
    @NotBlank(message = "is required: the document the value comes from (contract, supplier disclosure, PCF)")
    @Size(max = 1000, message = "must be at most 1000 characters")
    private String evidence;

    public String getCategory() { return category; }
    public void setCategory(String v) { this.category = v; }
    public String getKey() { return key; }
    public void setKey(String v) { this.key = v; }
    public Double getValue() { return value; }
    public void setValue(Double v) { this.value = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { this.evidence = v; }
}
