package org.aifootprint.application.model;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.NotFound;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.model.AiModelRepository;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;

/** The tenant's AI models. */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class Models {

    @Inject
    private AiModelRepository models;
    @Inject
    private InputValidation validation;

    public List<AiModel> all() {
        return models.findAll();
    }

    public Page<AiModel> page(PageRequest request) {
        return models.page(request);
    }

    public AiModel model(long id) {
        return models.find(id).orElseThrow(() -> new NotFound("Model", id));
    }

    @RolesAllowed("ANALYST")
    public AiModel create(ModelInput input) {
        check(input, null);
        AiModel model = new AiModel();
        apply(input, model);
        models.store(model);
        return model;
    }

    @RolesAllowed("ANALYST")
    public AiModel update(long id, ModelInput input) {
        AiModel model = model(id);
        check(input, model);
        apply(input, model);
        return model;
    }

    @RolesAllowed("ANALYST")
    public void delete(long id) {
        AiModel model = model(id);
        if (models.hasUsage(model)) {
            throw InvalidInput.of("name", model.getLabel() + " has compute usage; retire it instead of deleting it");
        }
        models.remove(model);
    }

    private void check(ModelInput input, AiModel self) {
        validation.check(input);
        models.findByNameAndVersion(input.getName().trim(), input.getVersion().trim()).filter(other -> other != self)
                .ifPresent(other -> {
                    throw InvalidInput.of("version", other.getLabel() + " already exists");
                });
    }

    private static void apply(ModelInput in, AiModel m) {
        m.setName(in.getName().trim());
        m.setVersion(in.getVersion().trim());
        m.setOwnerTeam(in.getOwnerTeam().trim());
        m.setPurpose(in.getPurpose());
        m.setParameterCount(in.getParameterCount());
        m.setStatus(in.getStatus());
    }
}
