package org.aifootprint.web.vendor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.aifootprint.application.vendor.Scorecards;
import org.aifootprint.application.vendor.TemplateInput;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.vendor.Criterion;
import org.aifootprint.domain.vendor.ScorecardTemplate;
import org.aifootprint.web.support.Pages;

/** {@code vendors/templates.xhtml}: scorecard templates, their criteria and weights (which must sum to 100). */
@Named("templates")
@ViewScoped
public class TemplateEditor implements Serializable {

    @Inject
    private Scorecards service;

    private List<ScorecardTemplate> templates = List.of();
    private Long editing;
    private TemplateInput input;

    @PostConstruct
    void init() {
        templates = service.templates();
        templates.stream().filter(t -> t.getName().endsWith("(default)")).findFirst().or(() -> templates.stream().findFirst())
                .ifPresentOrElse(this::edit, this::create);
    }

    public void edit(ScorecardTemplate t) {
        editing = t.getId();
        input = TemplateInput.of(t);
    }

    public void create() {
        editing = null;
        input = new TemplateInput();
        addLine();
    }

    public void addLine() {
        TemplateInput.Line line = new TemplateInput.Line();
        line.setWeightPoints(0.0);
        line.setDirection("lower");
        line.setNormalisation("min-max");
        line.setMissingData("zero");
        input.getCriteria().add(line);
    }

    public void removeLine(TemplateInput.Line line) {
        input.getCriteria().remove(line);
    }

    /** Proposes the catalogue's direction when a criterion is chosen. */
    public void criterionChosen(TemplateInput.Line line) {
        Criterion.fromCode(line.getCriterion()).ifPresent(c -> line.setDirection(c.higherIsBetter() ? "higher" : "lower"));
    }

    public void save() {
        try {
            ScorecardTemplate saved = editing == null ? service.createTemplate(input) : service.updateTemplate(editing, input);
            Pages.info("Template saved", saved.getName());
            templates = service.templates();
            edit(saved);
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public String getTotal() {
        return String.format(Locale.ENGLISH, "%.1f of 100 points", input.getTotalWeightPoints());
    }

    public boolean isTotalRight() {
        return Math.abs(input.getTotalWeightPoints() - 100) < 1e-6;
    }

    public List<Criterion> getCriteria() {
        return List.of(Criterion.values());
    }

    public List<ScorecardTemplate> getTemplates() { return templates; }
    public TemplateInput getInput() { return input; }
    public boolean isEditing() { return editing != null; }
    public Long getEditingId() { return editing; }
}
