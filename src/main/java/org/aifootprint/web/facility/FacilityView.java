package org.aifootprint.web.facility;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.facility.Facilities;
import org.aifootprint.application.facility.MetricsInput;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityMetrics;
import org.aifootprint.domain.facility.Granularity;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code facilities/view.xhtml?id=}: one facility and its monthly or yearly metrics. */
@Named("facility")
@ViewScoped
public class FacilityView implements Serializable {

    /** One refrigerant row of the metrics form. */
    public static class Refrigerant implements Serializable {
        private String gas;
        private Double kg;

        public String getGas() { return gas; }
        public void setGas(String v) { this.gas = v; }
        public Double getKg() { return kg; }
        public void setKg(Double v) { this.kg = v; }
    }

    @Inject
    private Facilities service;

    private Long id;
    private Facility facility;
    private List<FacilityMetrics> metrics = List.of();
    private MetricsInput input = new MetricsInput();
    private List<Refrigerant> refrigerants = new ArrayList<>();
    private Long editing;

    public void load() {
        try {
            facility = service.facility(id == null ? -1 : id);
            metrics = service.metrics(facility.getId());
        } catch (NotFound e) {
            facility = null;
        }
    }

    public void create() {
        editing = null;
        input = new MetricsInput();
        LocalDate next = metrics.isEmpty() ? LocalDate.now().withDayOfMonth(1).minusMonths(1) : metrics.get(metrics.size() - 1).getPeriodEnd().plusDays(1);
        input.setPeriodStart(next);
        refrigerants = new ArrayList<>(List.of(new Refrigerant()));
    }

    public void edit(FacilityMetrics m) {
        editing = m.getId();
        input = MetricsInput.of(m);
        refrigerants = new ArrayList<>();
        m.getRefrigerants().forEach(r -> {
            Refrigerant row = new Refrigerant();
            row.gas = r.getGas();
            row.kg = r.getMassKg();
            refrigerants.add(row);
        });
        refrigerants.add(new Refrigerant());
    }

    public void addRefrigerant() {
        refrigerants.add(new Refrigerant());
    }

    public void save() {
        Map<String, Double> kg = new LinkedHashMap<>();
        refrigerants.stream().filter(r -> r.gas != null && !r.gas.isBlank() || r.kg != null).forEach(r -> kg.merge(r.gas == null ? "" : r.gas.trim(),
                r.kg == null ? -1.0 : r.kg, Double::sum));
        input.setRefrigerantsKg(kg);
        try {
            FacilityMetrics saved = editing == null ? service.addMetrics(facility.getId(), input) : service.updateMetrics(editing, input);
            Pages.info("Metrics saved", facility.getCode() + " " + saved.getPeriodStart() + " to " + saved.getPeriodEnd());
            PrimeFaces.current().executeScript("PF('metricsDialog').hide()");
            load();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void delete(FacilityMetrics m) {
        try {
            service.deleteMetrics(m.getId());
            Pages.info("Metrics deleted", m.getPeriodStart() + " to " + m.getPeriodEnd());
            load();
        } catch (InvalidInput refusal) {
            Pages.error("Not deleted", refusal.errors().get(0).message());
        }
    }

    /** PUE as it will be stored, shown live while typing. */
    public String getDerivedPue() {
        Double pue = input.getEffectivePue();
        boolean derived = input.getTotalEnergyKwh() != null && input.getItEnergyKwh() != null && input.getItEnergyKwh() > 0;
        return pue == null ? "enter total and IT energy, or the PUE" : String.format(java.util.Locale.ENGLISH, "%.3f%s", pue, derived ? " (derived)" : "");
    }

    public Granularity[] getGranularities() {
        return Granularity.values();
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public Facility getFacility() { return facility; }
    public List<FacilityMetrics> getMetrics() { return metrics; }
    public MetricsInput getInput() { return input; }
    public List<Refrigerant> getRefrigerants() { return refrigerants; }
    public boolean isEditing() { return editing != null; }
}
