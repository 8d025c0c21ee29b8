package org.aifootprint.web.energy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.energy.InstrumentInput;
import org.aifootprint.application.energy.OffsetInput;
import org.aifootprint.application.energy.Procurement;
import org.aifootprint.application.facility.Facilities;
import org.aifootprint.domain.energy.CarbonOffset;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.energy.InstrumentKind;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.EntityLazyModel;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code procurement/list.xhtml}: contractual instruments for market-based Scope 2, and carbon offsets apart. */
@Named("procurement")
@ViewScoped
public class ProcurementList implements Serializable {

    @Inject
    private Procurement service;
    @Inject
    private Facilities facilities;

    private EntityLazyModel<ContractualInstrument> rows;
    private List<CarbonOffset> offsets;
    private List<Facility> facilityChoices;
    private InstrumentInput input = new InstrumentInput();
    private OffsetInput offset = new OffsetInput();
    private Long editing;

    @PostConstruct
    void init() {
        rows = new EntityLazyModel<>(request -> service.page(request), ContractualInstrument::getId);
        offsets = service.offsets();
    }

    public void create() {
        facilityChoices = facilities.all();
        editing = null;
        input = new InstrumentInput();
        int year = LocalDate.now().getYear();
        input.setKind(InstrumentKind.PPA_PHYSICAL);
        input.setPeriodStart(LocalDate.of(year, 1, 1));
        input.setPeriodEnd(LocalDate.of(year, 12, 31));
        input.setVintageYear(year);
        input.setRetired(true);
    }

    public void edit(ContractualInstrument i) {
        facilityChoices = facilities.all();
        editing = i.getId();
        input = InstrumentInput.of(i);
    }

    public void save() {
        try {
            ContractualInstrument saved = editing == null ? service.create(input) : service.update(editing, input);
            Pages.info("Instrument saved", saved.getKind().label() + ", " + saved.getVolumeMwh() + " MWh in " + saved.getMarketZone());
            PrimeFaces.current().executeScript("PF('instrumentDialog').hide()");
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void delete(ContractualInstrument i) {
        try {
            service.delete(i.getId());
            Pages.info("Instrument deleted", i.getKind().label());
        } catch (InvalidInput refusal) {
            Pages.error("Not deleted", refusal.errors().get(0).message());
        }
    }

    public void newOffset() {
        offset = new OffsetInput();
    }

    public void saveOffset() {
        try {
            CarbonOffset saved = service.createOffset(offset);
            Pages.info("Offset recorded", saved.getProjectName() + ", " + saved.getTonnesCo2e() + " t");
            PrimeFaces.current().executeScript("PF('offsetDialog').hide()");
            offsets = service.offsets();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public InstrumentKind[] getKinds() {
        return InstrumentKind.values();
    }

    public EntityLazyModel<ContractualInstrument> getRows() { return rows; }
    public List<CarbonOffset> getOffsets() { return offsets; }
    public List<Facility> getFacilityChoices() { return facilityChoices; }
    public InstrumentInput getInput() { return input; }
    public OffsetInput getOffset() { return offset; }
    public boolean isEditing() { return editing != null; }
}
