package org.aifootprint.application.usage;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.aifootprint.domain.usage.ComputeUsage;

/**
 * Compute usage as entered in the form, posted to {@code /api/v1/usage} or read from the usage CSV template.
 * The model is named by id or by name (and optionally version); the facility by id or by code; the hardware
 * by its catalogue code. Of energy, measured power and utilisation, give whatever is known.
 */
public class UsageInput {

    private Long modelId;
    private String model;
    private String modelVersion;
    @NotBlank(message = "is required: training, fine-tuning, inference, experimentation or idle")
    private String phase;
    @NotNull(message = "is required")
    private LocalDate periodStart;
    @NotNull(message = "is required")
    private LocalDate periodEnd;
    private Long facilityId;
    private String facility;
    @NotBlank(message = "is required: a hardware catalogue code such as nvidia-a100-sxm4-40gb")
    private String hardware;
    @NotNull(message = "is required")
    @Positive(message = "must be 1 or more")
    private Integer deviceCount;
    @NotNull(message = "is required")
    @Positive(message = "must be more than 0 hours")
    private Double hours;
    @Positive(message = "must be more than 0 W")
    private Double avgPowerW;
    @DecimalMin(value = "0.0", message = "must be between 0 and 1")
    @DecimalMax(value = "1.0", message = "must be between 0 and 1")
    private Double utilization;
    @PositiveOrZero(message = "must be 0 or more kWh")
    private Double energyKwh;
    @PositiveOrZero(message = "must be 0 or more")
    private Long requests;

    public static UsageInput of(ComputeUsage u) {
        UsageInput in = new UsageInput();
        in.modelId = u.getModel().getId();
        in.phase = u.getPhase().code();
        in.periodStart = u.getPeriodStart();
        in.periodEnd = u.getPeriodEnd();
        in.facilityId = u.getFacility().getId();
        in.hardware = u.getHardware().getCode();
        in.deviceCount = u.getDeviceCount();
        in.hours = u.getHoursPerDevice();
        in.avgPowerW = u.getAvgPowerW();
        in.utilization = u.getUtilization();
        in.energyKwh = u.getEnergyKwh();
        in.requests = u.getRequests();
        return in;
    }

    public Long getModelId() { return modelId; }
    public void setModelId(Long v) { this.modelId = v; }
    public String getModel() { return model; }
    public void setModel(String v) { this.model = v; }
    public String getModelVersion() { return modelVersion; }
    public void setModelVersion(String v) { this.modelVersion = v; }
    public String getPhase() { return phase; }
    public void setPhase(String v) { this.phase = v; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { this.periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { this.periodEnd = v; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long v) { this.facilityId = v; }
    public String getFacility() { return facility; }
    public void setFacility(String v) { this.facility = v; }
    public String getHardware() { return hardware; }
    public void setHardware(String v) { this.hardware = v; }
    public Integer getDeviceCount() { return deviceCount; }
    public void setDeviceCount(Integer v) { this.deviceCount = v; }
    /** Hours per device. */
    public Double getHours() { return hours; }
    public void setHours(Double v) { this.hours = v; }
    public Double getAvgPowerW() { return avgPowerW; }
    public void setAvgPowerW(Double v) { this.avgPowerW = v; }
    public Double getUtilization() { return utilization; }
    public void setUtilization(Double v) { this.utilization = v; }
    public Double getEnergyKwh() { return energyKwh; }
    public void setEnergyKwh(Double v) { this.energyKwh = v; }
    public Long getRequests() { return requests; }
    public void setRequests(Long v) { this.requests = v; }
}
