package org.aifootprint.web.facility;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aifootprint.application.facility.Facilities;
import org.aifootprint.application.facility.FacilityInput;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.OperatorKind;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.EntityLazyModel;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code facilities/list.xhtml}: the tenant's data centres, colocation sites and cloud regions. */
@Named("facilities")
@ViewScoped
public class FacilityList implements Serializable {

    @Inject
    private Facilities service;

    private EntityLazyModel<Facility> rows;
    private FacilityInput input = new FacilityInput();
    private Long editing;

    @PostConstruct
    void init() {
        rows = new EntityLazyModel<>(request -> service.page(request), Facility::getId);
    }

    public void create() {
        editing = null;
        input = new FacilityInput();
        input.setOperatorKind(OperatorKind.OWN);
    }

    public void edit(Facility f) {
        editing = f.getId();
        input = FacilityInput.of(f);
    }

    public void save() {
        try {
            Facility saved = editing == null ? service.create(input) : service.update(editing, input);
            Pages.info(editing == null ? "Facility created" : "Facility saved", saved.getLabel());
            PrimeFaces.current().executeScript("PF('facilityDialog').hide()");
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void delete(Facility f) {
        try {
            service.delete(f.getId());
            Pages.info("Facility deleted", f.getLabel());
        } catch (InvalidInput refusal) {
            Pages.error("Not deleted", refusal.errors().get(0).message());
        }
    }

    public OperatorKind[] getOperatorKinds() {
        return OperatorKind.values();
    }

    public EntityLazyModel<Facility> getRows() { return rows; }
    public FacilityInput getInput() { return input; }
    public boolean isEditing() { return editing != null; }
}
