package org.aifootprint.web.footprint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aifootprint.application.footprint.Footprints;
import org.aifootprint.calculation.Factor;
import org.aifootprint.calculation.Footprint;
import org.aifootprint.calculation.LineItem;
import org.aifootprint.calculation.Measure;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.Pages;

/**
 * {@code footprint/trace.xhtml}: from a total to its rows. For a period (and, from a disclosure, the factor set
 * and override instant it was made with, so the figures are the report's), every measure's total; for the chosen
 * measure, the line items that add up to it — month, facility, model, formula, each factor with its value and
 * source, and links to the source records' change history.
 */
@Named("trace")
@ViewScoped
public class TraceView implements Serializable {

    /** One source record of a line item, with where its history is shown (null when it has no page). */
    public record Source(String label, String historyKind, Long id) {
    }

    @Inject
    private Footprints footprints;

    private String from;
    private String to;
    private String factorSet;
    private String asOf;
    private String measure = "SCOPE2_LOCATION";
    private Long report;
    private transient Footprint result;
    private String usedFactorSet;
    private Instant usedAsOf;

    /** Called by the page's view action once the view parameters are set. */
    public void load() {
        try {
            LocalDate f = LocalDate.parse(from == null ? "" : from);
            LocalDate t = LocalDate.parse(to == null ? "" : to);
            Instant instant = asOf == null || asOf.isBlank() ? null : Instant.parse(asOf);
            Footprints.Result r = footprints.footprint(f, t, factorSet == null || factorSet.isBlank() ? null : factorSet, instant);
            result = r.footprint();
            usedFactorSet = r.factorSet();
            usedAsOf = r.overridesAsOf();
        } catch (DateTimeParseException e) {
            result = null;
            Pages.error("Cannot trace", "from and to must be dates as YYYY-MM-DD, asOf an instant such as 2026-01-15T10:00:00Z");
        } catch (InvalidInput refusal) {
            result = null;
            Pages.show(refusal);
        }
    }

    /** Every measure with its total, in the order of the GHG inventory. */
    public Map<Measure, Double> getTotals() {
        Map<Measure, Double> totals = new LinkedHashMap<>();
        if (result != null) {
            for (Measure m : Measure.values()) {
                totals.put(m, result.total(m));
            }
        }
        return totals;
    }

    public String label(Measure m) {
        return switch (m) {
            case IT_ENERGY -> "IT energy";
            case FACILITY_ENERGY -> "Facility energy";
            case SCOPE1 -> "Scope 1";
            case SCOPE2_LOCATION -> "Scope 2 location-based";
            case SCOPE2_MARKET -> "Scope 2 market-based";
            case SCOPE3_CAT1 -> "Scope 3 Cat 1 (cloud)";
            case SCOPE3_CAT2 -> "Scope 3 Cat 2 (hardware)";
            case SCOPE3_CAT3 -> "Scope 3 Cat 3 (upstream energy)";
            case SCOPE3_CAT5 -> "Scope 3 Cat 5 (waste)";
            case SCOPE3_CAT12 -> "Scope 3 Cat 12 (end of life, sold)";
            case EMBODIED_SHARE -> "Embodied share (SCI M)";
            case WATER_SITE -> "Water on site";
            case WATER_SOURCE -> "Water at the source";
            case EWASTE -> "E-waste";
        };
    }

    public List<Measure> getMeasures() {
        return List.of(Measure.values());
    }

    public Measure getSelected() {
        try {
            return Measure.valueOf(measure == null ? "" : measure.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Measure.SCOPE2_LOCATION;
        }
    }

    /** The line items of the selected measure: together they are its total. */
    public List<LineItem> getRows() {
        if (result == null) {
            return List.of();
        }
        Measure m = getSelected();
        return result.lineItems().stream().filter(i -> i.measure() == m).toList();
    }

    public double getRowsSum() {
        return getRows().stream().mapToDouble(LineItem::value).sum();
    }

    /** Whether the rows add up to the total (to rounding of the last digits of a double). */
    public boolean isComplete() {
        return Math.abs(getRowsSum() - getTotal()) <= 1e-9 * Math.max(1, Math.abs(getTotal()));
    }

    public double getTotal() {
        return result == null ? 0 : result.total(getSelected());
    }

    public Factor factor(String ref) {
        return result == null ? null : result.factorsUsed().get(ref);
    }

    public List<Source> sources(LineItem item) {
        List<Source> out = new ArrayList<>();
        for (String s : item.sources()) {
            int colon = s.indexOf(':');
            String kind = colon < 0 ? s : s.substring(0, colon);
            Long id = null;
            try {
                id = colon < 0 ? null : Long.valueOf(s.substring(colon + 1));
            } catch (NumberFormatException ignored) {
                id = null;
            }
            String history = switch (kind) {
                case "usage" -> "usage";
                case "metrics" -> "facility-metrics";
                case "instrument" -> "procurement";
                case "acquisition" -> "hardware";
                case "disposal" -> "hardware-event";
                default -> null;
            };
            out.add(new Source(s, id == null ? null : history, id));
        }
        return out;
    }

    public String getFrom() { return from; }
    public void setFrom(String v) { this.from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { this.to = v; }
    public String getFactorSet() { return factorSet; }
    public void setFactorSet(String v) { this.factorSet = v; }
    public String getAsOf() { return asOf; }
    public void setAsOf(String v) { this.asOf = v; }
    public String getMeasure() { return measure; }
    public void setMeasure(String v) { this.measure = v; }
    public Long getReport() { return report; }
    public void setReport(Long v) { this.report = v; }
    public Footprint getResult() { return result; }
    public String getUsedFactorSet() { return usedFactorSet; }
    public Instant getUsedAsOf() { return usedAsOf; }
}
