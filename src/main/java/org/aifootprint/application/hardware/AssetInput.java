package org.aifootprint.application.hardware;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aifootprint.domain.hardware.HardwareAsset;

/**
 * A hardware asset (one device or a batch) as entered in the form or posted to {@code /api/v1/hardware}.
 * Lifetime, mass and embodied emissions default to the catalogue's figures for the hardware type.
 */
public class AssetInput {

    @NotBlank(message = "is required: a hardware catalogue code such as nvidia-h100-sxm5-80gb")
    private String hardware;
    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    private String assetTag;
    @Size(max = 100, message = "must be at most 100 characters")
    private String serialNumber;
    @NotNull(message = "is required")
    @Positive(message = "must be 1 or more")
    private Integer quantity = 1;
    /** Where it is installed, by facility code (optional). */
    private String facility;
    @NotNull(message = "is required")
    private LocalDate acquiredOn;
    @Positive(message = "must be more than 0 years")
    @DecimalMax(value = "30.0", message = "must be at most 30 years")
    private Double lifetimeYears;
    @Positive(message = "must be more than 0 kg")
    private Double massKg;
    @PositiveOrZero(message = "must be 0 or more kg CO2e")
    private Double embodiedKgCo2e;
    @Size(max = 500, message = "must be at most 500 characters")
    private String embodiedSource;

    public static AssetInput of(HardwareAsset a) {
        AssetInput in = new AssetInput();
        in.hardware = a.getHardware().getCode();
        in.assetTag = a.getAssetTag();
        in.serialNumber = a.getSerialNumber();
        in.quantity = a.getQuantity();
        in.facility = a.getFacility() == null ? null : a.getFacility().getCode();
        in.acquiredOn = a.getAcquiredOn();
        in.lifetimeYears = a.getLifetimeYears();
        in.massKg = a.getMassKg();
        in.embodiedKgCo2e = a.getEmbodiedKgCo2e();
        in.embodiedSource = a.getEmbodiedSource();
        return in;
    }

    public String getHardware() { return hardware; }
    public void setHardware(String v) { this.hardware = v; }
    public String getAssetTag() { return assetTag; }
    public void setAssetTag(String v) { this.assetTag = v; }
    public String getSerialNumber() { return serialNumber; }
    public void setSerialNumber(String v) { this.serialNumber = v; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer v) { this.quantity = v; }
    public String getFacility() { return facility; }
    public void setFacility(String v) { this.facility = v; }
    public LocalDate getAcquiredOn() { return acquiredOn; }
    public void setAcquiredOn(LocalDate v) { this.acquiredOn = v; }
    public Double getLifetimeYears() { return lifetimeYears; }
    public void setLifetimeYears(Double v) { this.lifetimeYears = v; }
    public Double getMassKg() { return massKg; }
    public void setMassKg(Double v) { this.massKg = v; }
    public Double getEmbodiedKgCo2e() { return embodiedKgCo2e; }
    public void setEmbodiedKgCo2e(Double v) { this.embodiedKgCo2e = v; }
    public String getEmbodiedSource() { return embodiedSource; }
    public void setEmbodiedSource(String v) { this.embodiedSource = v; }
}
