package org.aifootprint.web.vendor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.aifootprint.application.vendor.VendorInput;
import org.aifootprint.application.vendor.Vendors;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.vendor.Vendor;
import org.aifootprint.domain.vendor.VendorKind;
import org.aifootprint.web.support.EntityLazyModel;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** {@code vendors/list.xhtml}: cloud providers, colocation operators, hardware OEMs and AI API providers. */
@Named("vendors")
@ViewScoped
public class VendorList implements Serializable {

    @Inject
    private Vendors service;

    private EntityLazyModel<Vendor> rows;
    private VendorInput input = new VendorInput();
    private Long editing;

    @PostConstruct
    void init() {
        rows = new EntityLazyModel<>(request -> service.page(request), Vendor::getId);
    }

    public void create() {
        editing = null;
        input = new VendorInput();
        input.setKind(VendorKind.CLOUD_PROVIDER);
    }

    public void edit(Vendor v) {
        editing = v.getId();
        input = VendorInput.of(v);
    }

    public void save() {
        try {
            Vendor saved = editing == null ? service.create(input) : service.update(editing, input);
            Pages.info(editing == null ? "Vendor created" : "Vendor saved", saved.getLabel());
            PrimeFaces.current().executeScript("PF('vendorDialog').hide()");
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void delete(Vendor v) {
        try {
            service.delete(v.getId());
            Pages.info("Vendor deleted", v.getLabel());
        } catch (InvalidInput refusal) {
            Pages.error("Not deleted", refusal.errors().get(0).message());
        }
    }

    /** Every criterion value with its evidence, as CSV (cells a spreadsheet would run are neutralised). */
    public StreamedContent getCsv() {
        byte[] csv = service.criteriaCsv().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("vendor-criteria.csv").contentType("text/csv").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public VendorKind[] getKinds() {
        return VendorKind.values();
    }

    public EntityLazyModel<Vendor> getRows() { return rows; }
    public VendorInput getInput() { return input; }
    public boolean isEditing() { return editing != null; }
}
