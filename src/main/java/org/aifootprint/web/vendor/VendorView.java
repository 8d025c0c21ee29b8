package org.aifootprint.web.vendor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.vendor.CriterionValueInput;
import org.aifootprint.application.vendor.OfferingInput;
import org.aifootprint.application.vendor.Vendors;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.vendor.Criterion;
import org.aifootprint.domain.vendor.OfferingKind;
import org.aifootprint.domain.vendor.Vendor;
import org.aifootprint.domain.vendor.VendorOffering;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code vendors/view.xhtml?id=}: one vendor, its offerings and its criterion values with evidence. */
@Named("vendor")
@ViewScoped
public class VendorView implements Serializable {

    @Inject
    private Vendors service;

    private Long id;
    private Vendor vendor;
    private List<Vendors.Evidence> evidence = List.of();
    private CriterionValueInput input = new CriterionValueInput();
    private OfferingInput offering = new OfferingInput();

    public void load() {
        try {
            vendor = service.vendor(id == null ? -1 : id);
            evidence = new ArrayList<>(service.evidence(vendor).values());
        } catch (NotFound e) {
            vendor = null;
        }
    }

    public void create() {
        input = new CriterionValueInput();
        input.setSourceDate(LocalDate.now());
    }

    public void edit(Vendors.Evidence e) {
        input = new CriterionValueInput();
        input.setCriterion(e.criterion().code());
        input.setValue(e.text());
        input.setSource(e.source());
        input.setSourceDate(LocalDate.parse(e.sourceDate()));
    }

    public void save() {
        try {
            service.record(vendor.getId(), input);
            Pages.info("Value recorded", vendor.getCode() + " · " + input.getCriterion());
            PrimeFaces.current().executeScript("PF('valueDialog').hide()");
            load();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void remove(Vendors.Evidence e) {
        try {
            service.removeValue(vendor.getId(), e.criterion().code());
            Pages.info("Value removed", e.criterion().label());
            load();
        } catch (InvalidInput refusal) {
            Pages.error("Not removed", refusal.errors().get(0).message());
        }
    }

    public void newOffering() {
        offering = new OfferingInput();
        offering.setKind(OfferingKind.REGION);
    }

    public void addOffering() {
        try {
            service.addOffering(vendor.getId(), offering);
            Pages.info("Offering added", offering.getReference());
            PrimeFaces.current().executeScript("PF('offeringDialog').hide()");
            load();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void removeOffering(VendorOffering o) {
        service.removeOffering(vendor.getId(), o.getId());
        Pages.info("Offering removed", o.getReference());
        load();
    }

    /** Hint for the value field: the unit, or the possible answers. */
    public String getValueHint() {
        return Criterion.fromCode(input.getCriterion()).map(c -> switch (c.type()) {
            case YES_NO -> "yes or no";
            case LEVEL -> String.join(" / ", c.levels());
            default -> "a number in " + c.unit();
        }).orElse("choose the criterion first");
    }

    public List<Criterion> getCriteria() {
        return service.criteria().stream().filter(Criterion::isEntered).toList();
    }

    public OfferingKind[] getOfferingKinds() {
        return OfferingKind.values();
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public Vendor getVendor() { return vendor; }
    public List<Vendors.Evidence> getEvidence() { return evidence; }
    public CriterionValueInput getInput() { return input; }
    public OfferingInput getOffering() { return offering; }
}
