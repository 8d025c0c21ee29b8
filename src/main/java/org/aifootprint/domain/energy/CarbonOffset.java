package org.aifootprint.domain.energy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.aifootprint.domain.shared.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * Carbon credits the tenant retired. Reported separately and never subtracted from gross Scope 1-2
 * emissions (GHG Protocol Corporate Standard, ch. 8).
 */
@Entity
@Audited
@Table(name = "carbon_offset")
public class CarbonOffset extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_name", nullable = false, length = 200)
    private String projectName;

    @Column(nullable = false, length = 100)
    private String registry;

    @Column(name = "certificate_ids", length = 2000)
    private String certificateIds;

    @Column(name = "tonnes_co2e", nullable = false)
    private double tonnesCo2e;

    @Column(name = "vintage_year")
    private Integer vintageYear;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(length = 1000)
    private String notes;

    public CarbonOffset() {
    }

    public Long getId() { return id; }
    public String getProjectName() { return projectName; }
    public void setProjectName(String v) { this.projectName = v; }
    public String getRegistry() { return registry; }
    public void setRegistry(String v) { this.registry = v; }
    public String getCertificateIds() { return certificateIds; }
    public void setCertificateIds(String v) { this.certificateIds = v; }
    public double getTonnesCo2e() { return tonnesCo2e; }
    public void setTonnesCo2e(double v) { this.tonnesCo2e = v; }
    public Integer getVintageYear() { return vintageYear; }
    public void setVintageYear(Integer v) { this.vintageYear = v; }
    public LocalDate getRetiredOn() { return retiredOn; }
    public void setRetiredOn(LocalDate v) { this.retiredOn = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
}
