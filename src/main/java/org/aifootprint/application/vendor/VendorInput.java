package org.aifootprint.application.vendor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.aifootprint.domain.vendor.Vendor;
import org.aifootprint.domain.vendor.VendorKind;

/** A vendor as entered in the form or posted to {@code /api/v1/vendors}. */
public class VendorInput {

    @NotBlank(message = "is required")
    @Size(max = 64, message = "must be at most 64 characters")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*", message = "may contain letters, digits and . _ : - only")
    private String code;
    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    private String name;
    @NotNull(message = "is required (CLOUD_PROVIDER, COLOCATION, HARDWARE_OEM or AI_API_PROVIDER)")
    private VendorKind kind;
    @Size(max = 500, message = "must be at most 500 characters")
    @Pattern(regexp = "https?://\\S+", message = "must be a web address starting with http:// or https://")
    private String website;

    public String getCode() { return code; }
    public void setCode(String v) { this.code = v; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public VendorKind getKind() { return kind; }
    public void setKind(VendorKind v) { this.kind = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { this.website = v == null || v.isBlank() ? null : v.trim(); }

    public static VendorInput of(Vendor v) {
        VendorInput in = new VendorInput();
        in.code = v.getCode();
        in.name = v.getName();
        in.kind = v.getKind();
        in.website = v.getWebsite();
        return in;
    }
}
