package org.aifootprint.web.hardware;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.facility.Facilities;
import org.aifootprint.application.hardware.AssetInput;
import org.aifootprint.application.hardware.Hardware;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.hardware.HardwareAsset;
import org.aifootprint.domain.hardware.HardwareType;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.EntityLazyModel;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code hardware/list.xhtml}: accelerators, servers, storage and network gear, single or in batches. */
@Named("hardware")
@ViewScoped
public class HardwareList implements Serializable {

    @Inject
    private Hardware service;
    @Inject
    private Facilities facilities;

    private EntityLazyModel<HardwareAsset> rows;
    private AssetInput input = new AssetInput();
    private Long editing;
    private List<HardwareType> types;
    private List<Facility> facilityChoices;

    @PostConstruct
    void init() {
        rows = new EntityLazyModel<>(request -> service.page(request), HardwareAsset::getId);
    }

    private void loadChoices() {
        types = service.catalogue();
        facilityChoices = facilities.all();
    }

    public void create() {
        loadChoices();
        editing = null;
        input = new AssetInput();
        input.setAcquiredOn(LocalDate.now());
    }

    public void edit(HardwareAsset a) {
        loadChoices();
        editing = a.getId();
        input = AssetInput.of(a);
    }

    /** Pre-fills lifetime, mass and embodied emissions from the catalogue when the type changes. */
    public void typeChanged() {
        types.stream().filter(t -> t.getCode().equals(input.getHardware())).findFirst().ifPresent(t -> {
            input.setLifetimeYears(t.getLifetimeYears());
            input.setMassKg(t.getMassKg());
            input.setEmbodiedKgCo2e(t.getEmbodiedKgCo2e());
            input.setEmbodiedSource(null);
        });
    }

    public void save() {
        try {
            HardwareAsset saved = editing == null ? service.create(input) : service.update(editing, input);
            Pages.info("Asset saved", saved.getAssetTag() + ": " + saved.getQuantity() + " × " + saved.getHardware().getName());
            PrimeFaces.current().executeScript("PF('assetDialog').hide()");
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void delete(HardwareAsset a) {
        try {
            service.delete(a.getId());
            Pages.info("Asset deleted", a.getAssetTag());
        } catch (InvalidInput refusal) {
            Pages.error("Not deleted", refusal.errors().get(0).message());
        }
    }

    public EntityLazyModel<HardwareAsset> getRows() { return rows; }
    public AssetInput getInput() { return input; }
    public boolean isEditing() { return editing != null; }
    public List<HardwareType> getTypes() { return types; }
    public List<Facility> getFacilityChoices() { return facilityChoices; }
}
