package org.aifootprint.application.vendor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aifootprint.domain.vendor.OfferingKind;

/** A region ({@code aws:eu-west-3}), site or hardware model ({@code amd-mi300x}) a vendor offers. */
public class OfferingInput {

    @NotNull(message = "is required (REGION, SITE or HARDWARE_MODEL)")
    private OfferingKind kind;
    @NotBlank(message = "is required: a cloud region such as aws:eu-west-3, a hardware catalogue code or a site name")
    @Size(max = 120, message = "must be at most 120 characters")
    private String reference;
    @Size(max = 200, message = "must be at most 200 characters")
    private String label;

    public OfferingKind getKind() { return kind; }
    public void setKind(OfferingKind v) { this.kind = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { this.reference = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { this.label = v; }
}
