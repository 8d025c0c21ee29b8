package org.aifootprint.application.hardware;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aifootprint.domain.hardware.Disposition;
import org.aifootprint.domain.hardware.EventKind;

/** A lifecycle event as entered in the form or posted to {@code /api/v1/hardware/{id}/events}. */
public class EventInput {

    @NotNull(message = "is required (RECEIVED, DEPLOYED, MOVED, REFURBISHED, RETIRED or DISPOSED)")
    private EventKind kind;
    @NotNull(message = "is required")
    private LocalDate occurredOn;
    /** Facility code, for deployments and moves. */
    private String facility;
    /** Units concerned; all remaining units when empty. */
    @Positive(message = "must be 1 or more")
    private Integer quantity;
    private Disposition disposition;
    @Positive(message = "must be more than 0 kg")
    private Double massKg;
    @Size(max = 200, message = "must be at most 200 characters")
    private String recipient;
    @Size(max = 200, message = "must be at most 200 characters")
    private String certificate;
    @Size(max = 1000, message = "must be at most 1000 characters")
    private String notes;

    public EventKind getKind() { return kind; }
    public void setKind(EventKind v) { this.kind = v; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate v) { this.occurredOn = v; }
    public String getFacility() { return facility; }
    public void setFacility(String v) { this.facility = v; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer v) { this.quantity = v; }
    public Disposition getDisposition() { return disposition; }
    public void setDisposition(Disposition v) { this.disposition = v; }
    public Double getMassKg() { return massKg; }
    public void setMassKg(Double v) { this.massKg = v; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String v) { this.recipient = v; }
    public String getCertificate() { return certificate; }
    public void setCertificate(String v) { this.certificate = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
}
