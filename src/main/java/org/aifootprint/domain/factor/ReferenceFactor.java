package org.aifootprint.domain.factor;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One cited figure of a factor set (global reference data), e.g. the location-based grid factor of FR. */
@Entity
@Table(name = "factor")
@NamedQuery(name = "ReferenceFactor.findBySet", query = "select f from ReferenceFactor f where f.factorSet = :set order by f.category, f.key")
public class ReferenceFactor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "factor_set_id")
    private FactorSet factorSet;

    @Convert(converter = FactorCategoryConverter.class)
    @Column(nullable = false, length = 40)
    private FactorCategory category;

    @Column(name = "factor_key", nullable = false, length = 120)
    private String key;

    @Column(name = "numeric_value")
    private Double value;

    @Column(name = "text_value", length = 120)
    private String textValue;

    @Column(nullable = false, length = 40)
    private String unit;

    @Column(nullable = false, length = 400)
    private String source;

    @Column(name = "source_year", nullable = false, length = 20)
    private String sourceYear;

    @Column(nullable = false, length = 600)
    private String url;

    @Column(nullable = false, length = 120)
    private String licence;

    @Column(length = 2000)
    private String notes;

    protected ReferenceFactor() {
    }

    public ReferenceFactor(FactorSet factorSet, FactorCategory category, String key, Double value, String textValue, String unit,
            String source, String sourceYear, String url, String licence, String notes) {
        this.factorSet = factorSet;
        this.category = category;
        this.key = key;
        this.value = value;
        this.textValue = textValue;
        this.unit = unit;
        this.source = source;
        this.sourceYear = sourceYear;
        this.url = url;
        this.licence = licence;
        this.notes = notes;
    }

    public Long getId() { return id; }
    public FactorSet getFactorSet() { return factorSet; }
    public FactorCategory getCategory() { return category; }
    public String getKey() { return key; }
    public Double getValue() { return value; }
    public String getTextValue() { return textValue; }
    public String getUnit() { return unit; }
    public String getSource() { return source; }
    public String getSourceYear() { return sourceYear; }
    public String getUrl() { return url; }
    public String getLicence() { return licence; }
    public String getNotes() { return notes; }
}
