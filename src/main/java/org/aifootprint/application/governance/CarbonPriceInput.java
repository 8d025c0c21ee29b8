package org.aifootprint.application.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new internal carbon price, as posted to {@code /api/v1/carbon-prices}. */
public class CarbonPriceInput {

    @NotBlank(message = "is required: an ISO 4217 code such as EUR")
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code of three capital letters, e.g. EUR")
    private String currency;
    @NotNull(message = "is required (currency per tonne CO2e)")
    @PositiveOrZero(message = "must be 0 or more")
    private Double pricePerTonne;
    @NotNull(message = "is required as YYYY-MM-DD")
    private LocalDate effectiveFrom;
    @NotBlank(message = "is required: why this price (board decision, policy, reference)")
    @Size(max = 1000, message = "must be at most 1000 characters")
    private String rationale;

    public String getCurrency() { return currency; }
    public void setCurrency(String v) { this.currency = v; }
    public Double getPricePerTonne() { return pricePerTonne; }
    public void setPricePerTonne(Double v) { this.pricePerTonne = v; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate v) { this.effectiveFrom = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { this.rationale = v; }
}
