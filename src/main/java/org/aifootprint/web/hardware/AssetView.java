package org.aifootprint.web.hardware;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.facility.Facilities;
import org.aifootprint.application.hardware.EventInput;
import org.aifootprint.application.hardware.Hardware;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.hardware.Disposition;
import org.aifootprint.domain.hardware.EventKind;
import org.aifootprint.domain.hardware.HardwareAsset;
import org.aifootprint.domain.hardware.LifecycleEvent;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code hardware/view.xhtml?id=}: one asset and its life from receipt to disposal. */
@Named("asset")
@ViewScoped
public class AssetView implements Serializable {

    @Inject
    private Hardware service;
    @Inject
    private Facilities facilities;

    private Long id;
    private HardwareAsset asset;
    private EventInput input = new EventInput();
    private List<Facility> facilityChoices;

    public void load() {
        try {
            asset = service.asset(id == null ? -1 : id);
        } catch (NotFound e) {
            asset = null;
        }
    }

    public void create() {
        facilityChoices = facilities.all();
        input = new EventInput();
        input.setKind(EventKind.DEPLOYED);
        input.setOccurredOn(LocalDate.now());
    }

    public void save() {
        try {
            LifecycleEvent e = service.recordEvent(asset.getId(), input);
            Pages.info("Event recorded", e.getKind().name().toLowerCase() + " on " + e.getOccurredOn());
            PrimeFaces.current().executeScript("PF('eventDialog').hide()");
            load();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void deleteLatest(LifecycleEvent e) {
        try {
            service.deleteEvent(asset.getId(), e.getId());
            Pages.info("Event deleted", e.getKind().name().toLowerCase() + " on " + e.getOccurredOn());
            load();
        } catch (InvalidInput refusal) {
            Pages.error("Not deleted", refusal.errors().get(0).message());
        }
    }

    public boolean isLatest(LifecycleEvent e) {
        List<LifecycleEvent> events = asset.getEvents();
        return !events.isEmpty() && events.get(events.size() - 1).getId().equals(e.getId());
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public Disposition[] getDispositions() {
        return Disposition.values();
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public HardwareAsset getAsset() { return asset; }
    public EventInput getInput() { return input; }
    public List<Facility> getFacilityChoices() { return facilityChoices; }
}
