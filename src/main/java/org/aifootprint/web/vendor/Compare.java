package org.aifootprint.web.vendor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.aifootprint.application.vendor.ScorecardResult;
import org.aifootprint.application.vendor.Scorecards;
import org.aifootprint.application.vendor.Vendors;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.vendor.Scorecard;
import org.aifootprint.domain.vendor.ScorecardTemplate;
import org.aifootprint.domain.vendor.Vendor;
import org.aifootprint.domain.vendor.VendorKind;
import org.aifootprint.web.support.Pages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code vendors/compare.xhtml}: pick 2 to 8 vendors and a template, see the ranking with per-criterion scores, the
 * evidence and missing-data flags, a chart and the sensitivity to each weight; buyers save it as a PDF scorecard.
 * Opens with the default template (named "… (default)") and the cloud providers chosen, so a buyer sees a comparison at once.
 */
@Named("compare")
@ViewScoped
public class Compare implements Serializable {

    @Inject
    private Scorecards scorecards;
    @Inject
    private Vendors vendorService;

    private List<Vendor> vendors = List.of();
    private List<ScorecardTemplate> templates = List.of();
    private List<Long> selected = new ArrayList<>();
    private Long template;
    private ScorecardResult result;
    private String chart;
    private List<Scorecard> saved = List.of();

    @PostConstruct
    void init() {
        vendors = vendorService.all();
        templates = scorecards.templates();
        saved = scorecards.all();
        template = templates.stream().filter(t -> t.getName().endsWith("(default)")).findFirst().or(() -> templates.stream().findFirst())
                .map(ScorecardTemplate::getId).orElse(null);
        vendors.stream().filter(v -> v.getKind() == VendorKind.CLOUD_PROVIDER).limit(8).forEach(v -> selected.add(v.getId()));
        if (template != null && selected.size() >= 2) {
            compare();
        }
    }

    public void compare() {
        try {
            result = scorecards.compare(template, selected);
            chart = scorecards.chart(result);
        } catch (InvalidInput refusal) {
            result = null;
            Pages.show(refusal);
        }
    }

    public void save() {
        try {
            Scorecard s = scorecards.create(template, selected);
            Pages.info("Scorecard saved", "#" + s.getId() + ", PDF SHA-256 " + s.getPdfSha256().substring(0, 16) + "…");
            saved = scorecards.all();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public StreamedContent pdf(Scorecard s) {
        Scorecard stored = scorecards.scorecard(s.getId());
        return DefaultStreamedContent.builder().name("scorecard-" + stored.getId() + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(stored.getPdf())).build();
    }

    public String sign(double delta) {
        return (delta > 0 ? "+" : "") + String.format(java.util.Locale.ENGLISH, "%.0f", delta);
    }

    public List<Vendor> getVendors() { return vendors; }
    public List<ScorecardTemplate> getTemplates() { return templates; }
    public List<Long> getSelected() { return selected; }
    public void setSelected(List<Long> v) { this.selected = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public Long getTemplate() { return template; }
    public void setTemplate(Long v) { this.template = v; }
    public ScorecardResult getResult() { return result; }
    public String getChart() { return chart; }
    public List<Scorecard> getSaved() { return saved; }
}
