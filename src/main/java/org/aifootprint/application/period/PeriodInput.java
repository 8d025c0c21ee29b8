package org.aifootprint.application.period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A reporting period as entered in the form or posted to the API. End date inclusive. */
public class PeriodInput {

    @NotBlank(message = "is required")
    @Size(max = 40, message = "must be at most 40 characters")
    private String name;
    @NotNull(message = "is required")
    private LocalDate startDate;
    @NotNull(message = "is required")
    private LocalDate endDate;

    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { this.startDate = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { this.endDate = v; }
}
