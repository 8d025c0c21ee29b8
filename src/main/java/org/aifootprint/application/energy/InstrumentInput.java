package org.aifootprint.application.energy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.energy.InstrumentKind;

/** A contractual instrument as entered in the form or posted to {@code /api/v1/procurements}. */
public class InstrumentInput {

    @NotNull(message = "is required (PPA_PHYSICAL, PPA_VIRTUAL, REC, GO, I_REC, GREEN_TARIFF or SUPPLIER_CONTRACT)")
    private InstrumentKind kind;
    /** Optional: the facility it was bought for, by code. */
    private String facility;
    @NotBlank(message = "is required: the grid zone (market) it covers, e.g. FR or US-CAISO")
    @Size(max = 64, message = "must be at most 64 characters")
    private String marketZone;
    @NotNull(message = "is required")
    private LocalDate periodStart;
    @NotNull(message = "is required")
    private LocalDate periodEnd;
    @NotNull(message = "is required")
    @Positive(message = "must be more than 0 MWh")
    private Double volumeMwh;
    @Min(value = 2000, message = "must be a year between 2000 and 2100")
    @Max(value = 2100, message = "must be a year between 2000 and 2100")
    private Integer vintageYear;
    @Size(max = 2000, message = "must be at most 2000 characters")
    private String certificateIds;
    private boolean retired;
    @PositiveOrZero(message = "must be 0 or more gCO2e/kWh")
    @DecimalMax(value = "2000.0", message = "must be at most 2000 gCO2e/kWh")
    private Double emissionFactorGramsPerKwh;
    @Size(max = 200, message = "must be at most 200 characters")
    private String supplier;
    @Size(max = 1000, message = "must be at most 1000 characters")
    private String notes;

    public static InstrumentInput of(ContractualInstrument i) {
        InstrumentInput in = new InstrumentInput();
        in.kind = i.getKind();
        in.facility = i.getFacility() == null ? null : i.getFacility().getCode();
        in.marketZone = i.getMarketZone();
        in.periodStart = i.getPeriodStart();
        in.periodEnd = i.getPeriodEnd();
        in.volumeMwh = i.getVolumeMwh();
        in.vintageYear = i.getVintageYear();
        in.certificateIds = i.getCertificateIds();
        in.retired = i.isRetired();
        in.emissionFactorGramsPerKwh = i.getEmissionFactorGramsPerKwh();
        in.supplier = i.getSupplier();
        in.notes = i.getNotes();
        return in;
    }

    public InstrumentKind getKind() { return kind; }
    public void setKind(InstrumentKind v) { this.kind = v; }
    public String getFacility() { return facility; }
    public void setFacility(String v) { this.facility = v; }
    public String getMarketZone() { return marketZone; }
    public void setMarketZone(String v) { this.marketZone = v; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { this.periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { this.periodEnd = v; }
    public Double getVolumeMwh() { return volumeMwh; }
    public void setVolumeMwh(Double v) { this.volumeMwh = v; }
    public Integer getVintageYear() { return vintageYear; }
    public void setVintageYear(Integer v) { this.vintageYear = v; }
    public String getCertificateIds() { return certificateIds; }
    public void setCertificateIds(String v) { this.certificateIds = v; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean v) { this.retired = v; }
    public Double getEmissionFactorGramsPerKwh() { return emissionFactorGramsPerKwh; }
    public void setEmissionFactorGramsPerKwh(Double v) { this.emissionFactorGramsPerKwh = v; }
    public String getSupplier() { return supplier; }
    public void setSupplier(String v) { this.supplier = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
}
