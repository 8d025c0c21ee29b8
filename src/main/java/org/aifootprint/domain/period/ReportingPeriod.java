package org.aifootprint.domain.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aifootprint.domain.shared.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * A reporting period of the tenant, usually its fiscal year. Once closed, no activity data dated within
 * it may be created, changed or deleted: auditors rely on a closed period's figures staying put.
 */
@Entity
@Audited
@Table(name = "reporting_period")
@NamedQuery(name = "ReportingPeriod.findAll", query = "select p from ReportingPeriod p order by p.startDate desc")
@NamedQuery(name = "ReportingPeriod.findClosedOverlapping",
        query = "select p from ReportingPeriod p where p.closedAt is not null and p.startDate <= :to and p.endDate >= :from order by p.startDate")
public class ReportingPeriod extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** Inclusive. */
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 254)
    private String closedBy;

    protected ReportingPeriod() {
    }

    public ReportingPeriod(String name, LocalDate startDate, LocalDate endDate) {
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public void close(String by, Instant at) {
        this.closedAt = at;
        this.closedBy = by;
    }

    public void reopen() {
        this.closedAt = null;
        this.closedBy = null;
    }

    public void rename(String name, LocalDate startDate, LocalDate endDate) {
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
}
