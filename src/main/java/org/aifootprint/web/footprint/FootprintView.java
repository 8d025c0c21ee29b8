package org.aifootprint.web.footprint;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aifootprint.application.footprint.Footprints;
import org.aifootprint.calculation.Footprint;
import org.aifootprint.calculation.Measure;
import org.aifootprint.calculation.Tier;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.Pages;

/** {@code footprint/view.xhtml}: the footprint of a period, by scope, model, facility and month, with its gaps. */
@Named("footprint")
@ViewScoped
public class FootprintView implements Serializable {

    public record Row(String key, double energyKwh, double itEnergyKwh, double scope1Kg, double scope2LocationKg, double scope2MarketKg,
            double scope3Kg, double waterLitres) {
    }

    @Inject
    private Footprints footprints;

    private LocalDate from = LocalDate.of(LocalDate.now().getYear() - 1, 1, 1);
    private LocalDate to = LocalDate.of(LocalDate.now().getYear() - 1, 12, 31);
    private transient Footprint result;
    private String factorSet;

    @PostConstruct
    void init() {
        calculate();
    }

    public void calculate() {
        try {
            Footprints.Result r = footprints.footprint(from, to, null, null);
            result = r.footprint();
            factorSet = r.factorSet();
        } catch (InvalidInput refusal) {
            result = null;
            Pages.show(refusal);
        }
    }

    public List<Row> getByFacility() {
        List<Row> rows = new ArrayList<>();
        if (result != null) {
            result.byFacility().forEach((k, t) -> rows.add(new Row(k, t.energyKwh(), t.itEnergyKwh(), t.scope1Kg(), t.scope2LocationKg(),
                    t.scope2MarketKg(), t.scope3Kg(), t.waterLitres())));
        }
        return rows;
    }

    /** Chart.js configuration of the monthly trend (p:chart). */
    public String getTrendChart() {
        if (result == null) {
            return "{}";
        }
        StringBuilder labels = new StringBuilder();
        StringBuilder location = new StringBuilder();
        StringBuilder market = new StringBuilder();
        result.byMonth().forEach((m, t) -> {
            labels.append(labels.length() == 0 ? "" : ",").append('"').append(m).append('"');
            location.append(location.length() == 0 ? "" : ",").append(round((t.scope1Kg() + t.scope2LocationKg() + t.scope3Kg()) / 1000));
            market.append(market.length() == 0 ? "" : ",").append(round((t.scope1Kg() + t.scope2MarketKg() + t.scope3Kg()) / 1000));
        });
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + "{\"label\":\"Location-based (t CO2e)\",\"backgroundColor\":\"#1b5e20\",\"data\":[" + location + "]},"
                + "{\"label\":\"Market-based (t CO2e)\",\"backgroundColor\":\"#81c784\",\"data\":[" + market + "]}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}";
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    public String tierShare(String tier) {
        if (result == null) {
            return "—";
        }
        Double share = result.itEnergyShareByTier().get(Tier.valueOf(tier));
        return share == null ? "—" : String.format(Locale.ENGLISH, "%.1f %%", share * 100);
    }

    public double low(String measure) {
        return result == null ? 0 : result.low(Measure.valueOf(measure));
    }

    public double high(String measure) {
        return result == null ? 0 : result.high(Measure.valueOf(measure));
    }

    public Map<String, Double> getScope3() {
        return result == null ? Map.of() : result.scope3ByCategoryKg();
    }

    public Footprint getResult() { return result; }
    public String getFactorSet() { return factorSet; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { this.from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { this.to = v; }
}
