package org.aifootprint.web.model;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aifootprint.application.model.ModelInput;
import org.aifootprint.application.model.Models;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.model.ModelStatus;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.EntityLazyModel;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code models/list.xhtml}: the tenant's AI models. */
@Named("models")
@ViewScoped
public class ModelList implements Serializable {

    @Inject
    private Models service;

    private EntityLazyModel<AiModel> rows;
    private ModelInput input = new ModelInput();
    private Long editing;

    @PostConstruct
    void init() {
        rows = new EntityLazyModel<>(request -> service.page(request), AiModel::getId);
    }

    public void create() {
        editing = null;
        input = new ModelInput();
    }

    public void edit(AiModel m) {
        editing = m.getId();
        input = ModelInput.of(m);
    }

    public void save() {
        try {
            AiModel saved = editing == null ? service.create(input) : service.update(editing, input);
            Pages.info("Model saved", saved.getLabel());
            PrimeFaces.current().executeScript("PF('modelDialog').hide()");
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void delete(AiModel m) {
        try {
            service.delete(m.getId());
            Pages.info("Model deleted", m.getLabel());
        } catch (InvalidInput refusal) {
            Pages.error("Not deleted", refusal.errors().get(0).message());
        }
    }

    public ModelStatus[] getStatuses() {
        return ModelStatus.values();
    }

    public EntityLazyModel<AiModel> getRows() { return rows; }
    public ModelInput getInput() { return input; }
    public boolean isEditing() { return editing != null; }
}
