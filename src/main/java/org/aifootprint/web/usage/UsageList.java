package org.aifootprint.web.usage;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.facility.Facilities;
import org.aifootprint.application.hardware.Hardware;
import org.aifootprint.application.model.Models;
import org.aifootprint.application.usage.Usage;
import org.aifootprint.application.usage.UsageInput;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.hardware.HardwareType;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.usage.ComputeUsage;
import org.aifootprint.domain.usage.Phase;
import org.aifootprint.web.support.EntityLazyModel;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code usage/list.xhtml}: compute usage of the models, paged in the database. */
@Named("usage")
@ViewScoped
public class UsageList implements Serializable {

    @Inject
    private Usage service;
    @Inject
    private Models models;
    @Inject
    private Facilities facilities;
    @Inject
    private Hardware hardware;

    private EntityLazyModel<ComputeUsage> rows;
    private UsageInput input = new UsageInput();
    private Long editing;
    private List<AiModel> modelChoices;
    private List<Facility> facilityChoices;
    private List<HardwareType> hardwareChoices;

    @PostConstruct
    void init() {
        rows = new EntityLazyModel<>(request -> service.page(request), ComputeUsage::getId);
    }

    private void loadChoices() {
        modelChoices = models.all();
        facilityChoices = facilities.all();
        hardwareChoices = hardware.catalogue();
    }

    public void create() {
        loadChoices();
        editing = null;
        input = new UsageInput();
        LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        input.setPeriodStart(month);
        input.setPeriodEnd(month.plusMonths(1).minusDays(1));
        input.setPhase(Phase.TRAINING.code());
        input.setDeviceCount(8);
    }

    public void edit(ComputeUsage u) {
        loadChoices();
        editing = u.getId();
        input = UsageInput.of(u);
    }

    public void save() {
        try {
            ComputeUsage saved = editing == null ? service.create(input) : service.update(editing, input);
            Pages.info("Usage saved", saved.getModel().getLabel() + ", " + saved.getPhase().code() + ", " + saved.getPeriodStart() + " to "
                    + saved.getPeriodEnd() + " (" + saved.getQualityTier().name().toLowerCase() + ")");
            PrimeFaces.current().executeScript("PF('usageDialog').hide()");
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void delete(ComputeUsage u) {
        try {
            service.delete(u.getId());
            Pages.info("Usage deleted", u.getModel().getLabel() + " " + u.getPeriodStart());
        } catch (InvalidInput refusal) {
            Pages.error("Not deleted", refusal.errors().get(0).message());
        }
    }

    /** The selected hardware's catalogue power, to help entering a measured value. */
    public String getHardwareHint() {
        if (hardwareChoices == null || input.getHardware() == null) {
            return "";
        }
        return hardwareChoices.stream().filter(h -> h.getCode().equals(input.getHardware())).findFirst()
                .map(h -> h.hasPowerModel() ? String.format(java.util.Locale.ENGLISH, "catalogue: idle %.0f W, max %.0f W", h.getIdleW(), h.getTdpW())
                        : "no published power figures: enter measured power or metered energy")
                .orElse("");
    }

    public Phase[] getPhases() {
        return Phase.values();
    }

    public EntityLazyModel<ComputeUsage> getRows() { return rows; }
    public UsageInput getInput() { return input; }
    public boolean isEditing() { return editing != null; }
    public List<AiModel> getModelChoices() { return modelChoices; }
    public List<Facility> getFacilityChoices() { return facilityChoices; }
    public List<HardwareType> getHardwareChoices() { return hardwareChoices; }
}
