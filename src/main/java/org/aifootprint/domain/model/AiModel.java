package org.aifootprint.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.aifootprint.domain.shared.Importable;
import org.hibernate.envers.Audited;

/** An AI model the tenant trains, fine-tunes or serves; compute usage is attributed to it. */
@Entity
@Audited
@Table(name = "ai_model")
@NamedQuery(name = "AiModel.findAll", query = "select m from AiModel m order by m.name, m.version")
@NamedQuery(name = "AiModel.findByName", query = "select m from AiModel m where m.name = :name order by m.version")
public class AiModel extends Importable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 64)
    private String version;

    @Column(name = "owner_team", nullable = false, length = 100)
    private String ownerTeam;

    @Column(length = 500)
    private String purpose;

    @Column(name = "parameter_count")
    private Long parameterCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ModelStatus status;

    public AiModel() {
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { this.version = v; }
    public String getOwnerTeam() { return ownerTeam; }
    public void setOwnerTeam(String v) { this.ownerTeam = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { this.purpose = v; }
    public Long getParameterCount() { return parameterCount; }
    public void setParameterCount(Long v) { this.parameterCount = v; }
    public ModelStatus getStatus() { return status; }
    public void setStatus(ModelStatus v) { this.status = v; }

    /** "name version", for pickers and tables. */
    public String getLabel() {
        return name + " " + version;
    }
}
