package org.aifootprint.infrastructure.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** An Envers revision: one per transaction that changed audited data, with who made it and for which tenant. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    public Long getId() { return id; }
    public long getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public void setChangedBy(String v) { this.changedBy = v; }
    public String getTenantId() { return tenantId; }
    public void setTenantId(String v) { this.tenantId = v; }
}
