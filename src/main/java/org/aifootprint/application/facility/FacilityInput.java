package org.aifootprint.application.facility;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.aifootprint.domain.facility.OperatorKind;

/** A facility as entered in the form or posted to {@code /api/v1/facilities}. */
public class FacilityInput {

    @NotBlank(message = "is required")
    @Size(max = 64, message = "must be at most 64 characters")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*", message = "may contain letters, digits and . _ : - only")
    private String code;
    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    private String name;
    @NotNull(message = "is required (OWN, COLOCATION or CLOUD)")
    private OperatorKind operatorKind;
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 two-letter country code, e.g. FR")
    private String country;
    @NotBlank(message = "is required, e.g. FR, US-CAISO or aws:eu-west-3")
    @Size(max = 64, message = "must be at most 64 characters")
    private String gridZone;
    @DecimalMin(value = "1.0", message = "must be between 1.0 and 4.0")
    @DecimalMax(value = "4.0", message = "must be between 1.0 and 4.0")
    private Double defaultPue;
    @DecimalMin(value = "0.0", message = "must be between 0 and 20 L/kWh")
    @DecimalMax(value = "20.0", message = "must be between 0 and 20 L/kWh")
    private Double defaultWueLitresPerKwh;
    @DecimalMin(value = "0.0", message = "must be between 0 and 2000 gCO2e/kWh")
    @DecimalMax(value = "2000.0", message = "must be between 0 and 2000 gCO2e/kWh")
    private Double supplierFactorGramsPerKwh;
    @Size(max = 1000, message = "must be at most 1000 characters")
    private String supplierFactorEvidence;

    public String getCode() { return code; }
    public void setCode(String v) { this.code = v; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public OperatorKind getOperatorKind() { return operatorKind; }
    public void setOperatorKind(OperatorKind v) { this.operatorKind = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { this.country = v == null || v.isBlank() ? null : v.trim().toUpperCase(java.util.Locale.ROOT); }
    public String getGridZone() { return gridZone; }
    public void setGridZone(String v) { this.gridZone = v; }
    public Double getDefaultPue() { return defaultPue; }
    public void setDefaultPue(Double v) { this.defaultPue = v; }
    public Double getDefaultWueLitresPerKwh() { return defaultWueLitresPerKwh; }
    public void setDefaultWueLitresPerKwh(Double v) { this.defaultWueLitresPerKwh = v; }
    public Double getSupplierFactorGramsPerKwh() { return supplierFactorGramsPerKwh; }
    public void setSupplierFactorGramsPerKwh(Double v) { this.supplierFactorGramsPerKwh = v; }
    public String getSupplierFactorEvidence() { return supplierFactorEvidence; }
    public void setSupplierFactorEvidence(String v) { this.supplierFactorEvidence = v; }

    public static FacilityInput of(org.aifootprint.domain.facility.Facility f) {
        FacilityInput in = new FacilityInput();
        in.code = f.getCode();
        in.name = f.getName();
        in.operatorKind = f.getOperatorKind();
        in.country = f.getCountry();
        in.gridZone = f.getGridZone();
        in.defaultPue = f.getDefaultPue();
        in.defaultWueLitresPerKwh = f.getDefaultWueLitresPerKwh();
        in.supplierFactorGramsPerKwh = f.getSupplierFactorGramsPerKwh();
        in.supplierFactorEvidence = f.getSupplierFactorEvidence();
        return in;
    }
}
