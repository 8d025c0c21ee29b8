package org.aifootprint.application.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A budget as posted to {@code /api/v1/budgets}: for a team or a model, energy (MWh) and/or emissions (t CO2e, market-based). */
public class BudgetInput {

    @NotBlank(message = "is required: team or model")
    private String subjectKind;
    @NotBlank(message = "is required: the owner team or the model name")
    @Size(max = 200, message = "must be at most 200 characters")
    private String subject;
    @NotNull(message = "is required as YYYY-MM-DD")
    private LocalDate periodStart;
    @NotNull(message = "is required as YYYY-MM-DD")
    private LocalDate periodEnd;
    @Positive(message = "must be more than 0 MWh")
    private Double energyMwh;
    @Positive(message = "must be more than 0 t CO2e")
    private Double emissionsT;
    @Min(value = 1, message = "must be 1 to 100 %")
    @Max(value = 100, message = "must be 1 to 100 %")
    private Integer warnAtPercent;

    public String getSubjectKind() { return subjectKind; }
    public void setSubjectKind(String v) { this.subjectKind = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { this.subject = v; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { this.periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { this.periodEnd = v; }
    public Double getEnergyMwh() { return energyMwh; }
    public void setEnergyMwh(Double v) { this.energyMwh = v; }
    public Double getEmissionsT() { return emissionsT; }
    public void setEmissionsT(Double v) { this.emissionsT = v; }
    public Integer getWarnAtPercent() { return warnAtPercent; }
    public void setWarnAtPercent(Integer v) { this.warnAtPercent = v; }
}
