package org.aifootprint.domain.vendor;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.aifootprint.domain.shared.TenantOwned;
import org.hibernate.envers.Audited;

/** One criterion of a template. Direction, normalisation and missing-data policy are the scorer's names. */
@Entity
@Audited
@Table(name = "scorecard_template_criterion")
public class TemplateCriterion extends TenantOwned {

    /** What a template criterion is made of, as entered. Thresholds ascending. */
    public record Spec(Criterion criterion, double weightPoints, boolean higherIsBetter, boolean thresholds, List<Double> thresholdValues,
            boolean missingScoresWorstKnown) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private ScorecardTemplate template;

    @Column(nullable = false)
    private int position;

    @Convert(converter = CriterionConverter.class)
    @Column(nullable = false, length = 40)
    private Criterion criterion;

    @Column(name = "weight_points", nullable = false)
    private double weightPoints;

    /** HIGHER_IS_BETTER or LOWER_IS_BETTER. */
    @Column(nullable = false, length = 20)
    private String direction;

    /** MIN_MAX or THRESHOLDS. */
    @Column(nullable = false, length = 20)
    private String normalisation;

    /** Ascending, separated by ';' (e.g. {@code 1.2;1.4;1.6}). */
    @Column(length = 200)
    private String thresholds;

    /** SCORE_ZERO or WORST_KNOWN. */
    @Column(name = "missing_data", nullable = false, length = 20)
    private String missingData;

    protected TemplateCriterion() {
    }

    TemplateCriterion(ScorecardTemplate template, int position, Spec spec) {
        this.template = template;
        this.position = position;
        this.criterion = spec.criterion();
        this.weightPoints = spec.weightPoints();
        this.direction = spec.higherIsBetter() ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER";
        this.normalisation = spec.thresholds() ? "THRESHOLDS" : "MIN_MAX";
        this.thresholds = spec.thresholdValues() == null || spec.thresholdValues().isEmpty() ? null
                : spec.thresholdValues().stream().map(String::valueOf).collect(Collectors.joining(";"));
        this.missingData = spec.missingScoresWorstKnown() ? "WORST_KNOWN" : "SCORE_ZERO";
    }

    public Spec spec() {
        return new Spec(criterion, weightPoints, isHigherIsBetter(), isThresholds(), getThresholdValues(), "WORST_KNOWN".equals(missingData));
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public Criterion getCriterion() { return criterion; }
    public double getWeightPoints() { return weightPoints; }
    public String getDirection() { return direction; }
    public String getNormalisation() { return normalisation; }
    public String getMissingData() { return missingData; }
    public boolean isHigherIsBetter() { return "HIGHER_IS_BETTER".equals(direction); }
    public boolean isThresholds() { return "THRESHOLDS".equals(normalisation); }

    public List<Double> getThresholdValues() {
        return thresholds == null || thresholds.isBlank() ? List.of() : Arrays.stream(thresholds.split(";")).map(Double::valueOf).toList();
    }
}
