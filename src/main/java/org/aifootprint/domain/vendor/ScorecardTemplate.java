package org.aifootprint.domain.vendor;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.aifootprint.domain.shared.TenantOwned;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;

/**
 * How vendors are compared: chosen criteria with weights in points (summing to 100), direction, normalisation,
 * thresholds and missing-data policy. A scorecard copies the template as it was, so later edits never change it.
 */
@Entity
@Audited
@Table(name = "scorecard_template")
@NamedQuery(name = "ScorecardTemplate.findAll", query = "select t from ScorecardTemplate t order by t.name")
@NamedQuery(name = "ScorecardTemplate.findByName", query = "select t from ScorecardTemplate t where t.name = :name")
public class ScorecardTemplate extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @Fetch(FetchMode.SELECT)
    @OrderBy("position")
    private List<TemplateCriterion> criteria = new ArrayList<>();

    protected ScorecardTemplate() {
    }

    public ScorecardTemplate(String name) {
        this.name = name;
    }

    /** Replaces the criteria (in this order). */
    public void replaceCriteria(List<TemplateCriterion.Spec> specs) {
        criteria.clear();
        int position = 0;
        for (TemplateCriterion.Spec spec : specs) {
            criteria.add(new TemplateCriterion(this, position++, spec));
        }
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<TemplateCriterion> getCriteria() { return criteria; }

    public double getTotalWeightPoints() {
        return criteria.stream().mapToDouble(TemplateCriterion::getWeightPoints).sum();
    }
}
