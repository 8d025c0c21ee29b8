package org.aifootprint.application.vendor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.aifootprint.domain.vendor.VendorKind;

/**
 * One row of a {@code vendors} CSV file (docs/csv-formats.md): a criterion value naming its vendor by code, with the
 * vendor's name and kind so that {@link Vendors#recordCriterion} can create the vendor on first use.
 */
public class VendorCriterionInput extends CriterionValueInput {

    @NotBlank(message = "is required")
    @Size(max = 64, message = "must be at most 64 characters")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*", message = "may contain letters, digits and . _ : - only")
    private String vendorCode;
    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    private String vendorName;
    @NotNull(message = "is required (cloud-provider, colocation, hardware-oem or ai-api-provider)")
    private VendorKind vendorKind;

    public String getVendorCode() { return vendorCode; }
    public void setVendorCode(String v) { this.vendorCode = v; }
    public String getVendorName() { return vendorName; }
    public void setVendorName(String v) { this.vendorName = v; }
    public VendorKind getVendorKind() { return vendorKind; }
    public void setVendorKind(VendorKind v) { this.vendorKind = v; }

    /** The kind as CSV files write it: {@code cloud-provider}, {@code CLOUD_PROVIDER}, … */
    public void setVendorKindText(String text) {
        this.vendorKind = null;
        if (text != null && !text.isBlank()) {
            try {
                this.vendorKind = VendorKind.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_'));
            } catch (IllegalArgumentException unknown) {
                this.vendorKind = null;
            }
        }
    }
}
