package org.aifootprint.domain.hardware;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.shared.Importable;
import org.hibernate.envers.Audited;

/** One step in an asset's life: received, deployed, moved, refurbished, retired or disposed. */
@Entity
@Audited
@Table(name = "lifecycle_event")
@NamedQuery(name = "LifecycleEvent.findDisposalsBetween",
        query = "select e from LifecycleEvent e join fetch e.asset a join fetch a.hardware "
                + "where e.kind = org.aifootprint.domain.hardware.EventKind.DISPOSED and e.occurredOn between :from and :to order by e.occurredOn")
public class LifecycleEvent extends Importable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "asset_id")
    private HardwareAsset asset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @ManyToOne
    @JoinColumn(name = "facility_id")
    private Facility facility;

    /** How many units of the asset (a batch) the event concerns. */
    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Disposition disposition;

    /** Mass handed over on disposal. */
    @Column(name = "mass_kg")
    private Double massKg;

    @Column(length = 200)
    private String recipient;

    /** The recipient's certificate of reuse, recycling or destruction. */
    @Column(length = 200)
    private String certificate;

    @Column(length = 1000)
    private String notes;

    protected LifecycleEvent() {
    }

    LifecycleEvent(HardwareAsset asset, EventKind kind, LocalDate occurredOn, Facility facility, int quantity,
            Disposition disposition, Double massKg, String recipient, String certificate, String notes) {
        this.asset = asset;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.facility = facility;
        this.quantity = quantity;
        this.disposition = disposition;
        this.massKg = massKg;
        this.recipient = recipient;
        this.certificate = certificate;
        this.notes = notes;
    }

    public Long getId() { return id; }
    public HardwareAsset getAsset() { return asset; }
    public EventKind getKind() { return kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public Facility getFacility() { return facility; }
    public int getQuantity() { return quantity; }
    public Disposition getDisposition() { return disposition; }
    public Double getMassKg() { return massKg; }
    public String getRecipient() { return recipient; }
    public String getCertificate() { return certificate; }
    public String getNotes() { return notes; }
}
