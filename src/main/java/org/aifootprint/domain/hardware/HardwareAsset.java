package org.aifootprint.domain.hardware;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Importable;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A device, or a batch of identical devices, of one catalogue type, from acquisition to disposal. Its
 * status follows from its lifecycle events, which are recorded in date order through {@link #record}.
 * Mass and embodied emissions are per unit.
 */
@Entity
@Audited
@Table(name = "hardware_asset")
@NamedQuery(name = "HardwareAsset.findAcquiredBetween",
        query = "select a from HardwareAsset a join fetch a.hardware where a.acquiredOn between :from and :to order by a.acquiredOn, a.id")
@NamedQuery(name = "HardwareAsset.findByTag", query = "select a from HardwareAsset a where a.assetTag = :tag")
public class HardwareAsset extends Importable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hardware_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private HardwareType hardware;

    @Column(name = "asset_tag", nullable = false, length = 100)
    private String assetTag;

    @Column(name = "serial_number", length = 100)
    private String serialNumber;

    @Column(nullable = false)
    private int quantity;

    /** Where it is now (set by deploy and move events). */
    @ManyToOne
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "acquired_on", nullable = false)
    private LocalDate acquiredOn;

    @Column(name = "lifetime_years", nullable = false)
    private double lifetimeYears;

    @Column(name = "mass_kg")
    private Double massKg;

    @Column(name = "embodied_kg_co2e", nullable = false)
    private double embodiedKgCo2e;

    /** Where the embodied figure comes from: the catalogue entry, or the vendor's product carbon footprint. */
    @Column(name = "embodied_source", nullable = false, length = 500)
    private String embodiedSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssetStatus status = AssetStatus.IN_STOCK;

    @OneToMany(mappedBy = "asset", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @OrderBy("occurredOn, id")
    private List<LifecycleEvent> events = new ArrayList<>();

    protected HardwareAsset() {
    }

    public HardwareAsset(HardwareType hardware) {
        this.hardware = hardware;
    }

    /**
     * Records a lifecycle event after checking it against the asset's history; refuses with a message at
     * the offending field. Returns the recorded event.
     */
    public LifecycleEvent record(EventKind kind, LocalDate occurredOn, Facility facility, Integer quantity,
            Disposition disposition, Double massKg, String recipient, String certificate, String notes) {
        InvalidInput.Checks checks = new InvalidInput.Checks();
        checks.refuseIf(kind == null, "kind", "is required");
        checks.refuseIf(occurredOn == null, "occurredOn", "is required");
        int units = quantity == null ? remainingQuantity() : quantity;
        checks.refuseIf(remainingQuantity() == 0, "kind", "the asset has been disposed of entirely; no further events can be recorded");
        if (occurredOn != null) {
            checks.refuseIf(occurredOn.isBefore(acquiredOn), "occurredOn", "must not be before the acquisition date " + acquiredOn);
            LocalDate last = events.isEmpty() ? null : events.get(events.size() - 1).getOccurredOn();
            checks.refuseIf(last != null && occurredOn.isBefore(last), "occurredOn", "must not be before the last recorded event (" + last + ")");
        }
        checks.refuseIf(units < 1 || units > remainingQuantity(), "quantity",
                "must be between 1 and " + remainingQuantity() + " (units not yet disposed of)");
        if (kind != null) {
            checks.refuseIf(kind.needsFacility() && facility == null, "facility", "is required when hardware is deployed or moved");
            if (kind == EventKind.DISPOSED) {
                checks.refuseIf(disposition == null, "disposition", "is required for a disposal");
                checks.refuseIf(massKg == null || massKg <= 0, "massKg", "must be a mass in kg greater than 0 for a disposal");
            } else {
                checks.refuseIf(disposition != null, "disposition", "only a disposal has a disposition");
            }
        }
        checks.throwIfAny();
        LifecycleEvent event = new LifecycleEvent(this, kind, occurredOn, facility, units, disposition, massKg, recipient, certificate, notes);
        events.add(event);
        replay();
        return event;
    }

    /** Removes the most recent event (only that one: earlier events are what later ones were checked against). */
    public void removeLatestEvent(long eventId) {
        if (events.isEmpty() || !events.get(events.size() - 1).getId().equals(eventId)) {
            throw InvalidInput.of("event", "only the most recent event of an asset can be deleted");
        }
        events.remove(events.size() - 1);
        replay();
    }

    /** Drops an event that is being undone with the import it came from, whatever its place in the history. */
    public void forget(LifecycleEvent event) {
        events.remove(event);
        replay();
    }

    /** Units not yet disposed of. */
    public int remainingQuantity() {
        int disposed = events.stream().filter(e -> e.getKind() == EventKind.DISPOSED).mapToInt(LifecycleEvent::getQuantity).sum();
        return quantity - disposed;
    }

    /** Status and location follow from the events, in order; a partial disposal leaves the status as it was. */
    private void replay() {
        AssetStatus current = AssetStatus.IN_STOCK;
        int disposed = 0;
        for (LifecycleEvent e : events) {
            if (e.getKind() == EventKind.DISPOSED) {
                disposed += e.getQuantity();
                if (disposed >= quantity) {
                    current = AssetStatus.DISPOSED;
                }
            } else {
                current = e.getKind().statusAfter();
            }
            if (e.getFacility() != null) {
                facility = e.getFacility();
            }
        }
        status = current;
    }

    public double getTotalEmbodiedKgCo2e() {
        return embodiedKgCo2e * quantity;
    }

    public Long getId() { return id; }
    public HardwareType getHardware() { return hardware; }
    public void setHardware(HardwareType v) { this.hardware = v; }
    public String getAssetTag() { return assetTag; }
    public void setAssetTag(String v) { this.assetTag = v; }
    public String getSerialNumber() { return serialNumber; }
    public void setSerialNumber(String v) { this.serialNumber = v; }
    public int getQuantity() { return quantity; }
    public void setQuantity(int v) { this.quantity = v; }
    public Facility getFacility() { return facility; }
    public void setFacility(Facility v) { this.facility = v; }
    public LocalDate getAcquiredOn() { return acquiredOn; }
    public void setAcquiredOn(LocalDate v) { this.acquiredOn = v; }
    public double getLifetimeYears() { return lifetimeYears; }
    public void setLifetimeYears(double v) { this.lifetimeYears = v; }
    public Double getMassKg() { return massKg; }
    public void setMassKg(Double v) { this.massKg = v; }
    public double getEmbodiedKgCo2e() { return embodiedKgCo2e; }
    public void setEmbodiedKgCo2e(double v) { this.embodiedKgCo2e = v; }
    public String getEmbodiedSource() { return embodiedSource; }
    public void setEmbodiedSource(String v) { this.embodiedSource = v; }
    public AssetStatus getStatus() { return status; }
    public List<LifecycleEvent> getEvents() { return events; }
}
