package org.aifootprint.domain.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aifootprint.domain.shared.TenantOwned;
import org.hibernate.envers.Audited;

/** An energy (MWh) and/or emissions (t CO2e, market-based) budget of a team or a model for a period. */
@Entity
@Audited
@Table(name = "budget")
@NamedQuery(name = "Budget.findAll", query = "select b from Budget b order by b.periodStart desc, b.subject")
public class Budget extends TenantOwned {

    /** What a budget is for. */
    public enum SubjectKind {
        TEAM, MODEL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 10)
    private SubjectKind subjectKind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "energy_mwh")
    private Double energyMwh;

    @Column(name = "emissions_t")
    private Double emissionsT;

    @Column(name = "warn_at_percent", nullable = false)
    private int warnAtPercent;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Budget() {
    }

    public Budget(SubjectKind subjectKind, String subject, LocalDate periodStart, LocalDate periodEnd, Double energyMwh, Double emissionsT,
            int warnAtPercent, String createdBy, Instant createdAt) {
        this.subjectKind = subjectKind;
        this.subject = subject;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.energyMwh = energyMwh;
        this.emissionsT = emissionsT;
        this.warnAtPercent = warnAtPercent;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    public String getSubject() { return subject; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public Double getEnergyMwh() { return energyMwh; }
    public Double getEmissionsT() { return emissionsT; }
    public int getWarnAtPercent() { return warnAtPercent; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
