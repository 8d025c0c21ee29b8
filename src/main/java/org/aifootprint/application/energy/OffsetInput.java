package org.aifootprint.application.energy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A retired carbon credit as entered in the form or posted to {@code /api/v1/offsets}. */
public class OffsetInput {

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    private String projectName;
    @NotBlank(message = "is required, e.g. Verra, Gold Standard")
    @Size(max = 100, message = "must be at most 100 characters")
    private String registry;
    @Size(max = 2000, message = "must be at most 2000 characters")
    private String certificateIds;
    @NotNull(message = "is required")
    @Positive(message = "must be more than 0 t CO2e")
    private Double tonnesCo2e;
    @Min(value = 2000, message = "must be a year between 2000 and 2100")
    @Max(value = 2100, message = "must be a year between 2000 and 2100")
    private Integer vintageYear;
    private LocalDate retiredOn;
    @Size(max = 1000, message = "must be at most 1000 characters")
    private String notes;

    public String getProjectName() { return projectName; }
    public void setProjectName(String v) { this.projectName = v; }
    public String getRegistry() { return registry; }
    public void setRegistry(String v) { this.registry = v; }
    public String getCertificateIds() { return certificateIds; }
    public void setCertificateIds(String v) { this.certificateIds = v; }
    public Double getTonnesCo2e() { return tonnesCo2e; }
    public void setTonnesCo2e(Double v) { this.tonnesCo2e = v; }
    public Integer getVintageYear() { return vintageYear; }
    public void setVintageYear(Integer v) { this.vintageYear = v; }
    public LocalDate getRetiredOn() { return retiredOn; }
    public void setRetiredOn(LocalDate v) { this.retiredOn = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
}
