package org.aifootprint.application.vendor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One criterion value with its evidence, for a vendor already chosen (form, {@code POST /api/v1/vendors/{id}/criteria}).
 * {@code value} is text: a number ({@code 1.15}), yes/no, or a level ({@code targets-set}, {@code gold}).
 */
public class CriterionValueInput {

    @NotBlank(message = "is required, e.g. pue, wue_l_per_kwh, sbti_status (see GET /api/v1/vendors/criteria)")
    private String criterion;
    @NotBlank(message = "is required: a number, yes/no or a level")
    @Size(max = 40, message = "must be at most 40 characters")
    private String value;
    @Size(max = 20, message = "must be at most 20 characters")
    private String unit;
    @NotBlank(message = "is required: the document the value comes from (title, URL)")
    @Size(max = 1000, message = "must be at most 1000 characters")
    private String source;
    @NotNull(message = "is required as YYYY-MM-DD (publication date of the source)")
    @PastOrPresent(message = "cannot be in the future")
    private LocalDate sourceDate;

    public String getCriterion() { return criterion; }
    public void setCriterion(String v) { this.criterion = v; }
    public String getValue() { return value; }
    public void setValue(String v) { this.value = v; }
    public String getUnit() { return unit; }
    public void setUnit(String v) { this.unit = v == null || v.isBlank() ? null : v.trim(); }
    public String getSource() { return source; }
    public void setSource(String v) { this.source = v; }
    public LocalDate getSourceDate() { return sourceDate; }
    public void setSourceDate(LocalDate v) { this.sourceDate = v; }
}
