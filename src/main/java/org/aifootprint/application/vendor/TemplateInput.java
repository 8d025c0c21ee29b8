package org.aifootprint.application.vendor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.aifootprint.domain.vendor.ScorecardTemplate;
import org.aifootprint.domain.vendor.TemplateCriterion;

/** A scorecard template as edited on the page or posted to {@code /api/v1/scorecard-templates}. Weights sum to 100. */
public class TemplateInput {

    /** One criterion of the template. {@code direction}: lower or higher (is better); {@code normalisation}: min-max or thresholds. */
    public static class Line {
        @NotBlank(message = "is required")
        private String criterion;
        private Double weightPoints;
        private String direction;
        private String normalisation;
        private List<Double> thresholds = new ArrayList<>();
        private String missingData;

        public String getCriterion() { return criterion; }
        public void setCriterion(String v) { this.criterion = v; }
        public Double getWeightPoints() { return weightPoints; }
        public void setWeightPoints(Double v) { this.weightPoints = v; }
        public String getDirection() { return direction; }
        public void setDirection(String v) { this.direction = v; }
        public String getNormalisation() { return normalisation; }
        public void setNormalisation(String v) { this.normalisation = v; }
        public List<Double> getThresholds() { return thresholds; }
        public void setThresholds(List<Double> v) { this.thresholds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
        public String getMissingData() { return missingData; }
        public void setMissingData(String v) { this.missingData = v; }

        /** Thresholds as typed on the page: {@code 1.2; 1.4; 1.6}. */
        public String getThresholdsText() {
            return String.join("; ", thresholds.stream().map(String::valueOf).toList());
        }

        public void setThresholdsText(String text) {
            thresholds = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                for (String part : text.split("[;\\s]+")) {
                    if (!part.isBlank()) {
                        try {
                            thresholds.add(Double.valueOf(part.trim()));
                        } catch (NumberFormatException e) {
                            thresholds.add(Double.NaN);
                        }
                    }
                }
            }
        }
    }

    @NotBlank(message = "is required")
    @Size(max = 120, message = "must be at most 120 characters")
    private String name;
    @Size(max = 1000, message = "must be at most 1000 characters")
    private String description;
    @NotEmpty(message = "needs at least one criterion")
    @Valid
    private List<Line> criteria = new ArrayList<>();

    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public List<Line> getCriteria() { return criteria; }
    public void setCriteria(List<Line> v) { this.criteria = v == null ? new ArrayList<>() : new ArrayList<>(v); }

    public double getTotalWeightPoints() {
        return criteria.stream().mapToDouble(l -> l.weightPoints == null ? 0 : l.weightPoints).sum();
    }

    public static TemplateInput of(ScorecardTemplate t) {
        TemplateInput in = new TemplateInput();
        in.name = t.getName();
        in.description = t.getDescription();
        for (TemplateCriterion c : t.getCriteria()) {
            Line line = new Line();
            line.criterion = c.getCriterion().code();
            line.weightPoints = c.getWeightPoints();
            line.direction = c.isHigherIsBetter() ? "higher" : "lower";
            line.normalisation = c.isThresholds() ? "thresholds" : "min-max";
            line.thresholds = new ArrayList<>(c.getThresholdValues());
            line.missingData = "WORST_KNOWN".equals(c.getMissingData()) ? "worst-known" : "zero";
            in.criteria.add(line);
        }
        return in;
    }
}
