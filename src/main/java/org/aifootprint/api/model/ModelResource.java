package org.aifootprint.api.model;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aifootprint.api.support.CrudResource;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;
import org.aifootprint.application.model.ModelInput;
import org.aifootprint.application.model.Models;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.model.ModelStatus;

/** {@code /api/v1/models}: the tenant's AI models. */
@Path("models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModelResource extends CrudResource<AiModel, ModelInput, ModelResource.ModelJson> {

    public record ModelJson(long id, String name, String version, String ownerTeam, String purpose, Long parameterCount,
            ModelStatus status) {
        static ModelJson of(AiModel m) {
            return new ModelJson(m.getId(), m.getName(), m.getVersion(), m.getOwnerTeam(), m.getPurpose(), m.getParameterCount(), m.getStatus());
        }
    }

    @Inject
    private Models models;

    @Override
    protected Page<AiModel> page(PageRequest request) {
        return models.page(request);
    }

    @Override
    protected AiModel find(long id) {
        return models.model(id);
    }

    @Override
    protected AiModel add(ModelInput input) {
        return models.create(input);
    }

    @Override
    protected AiModel change(long id, ModelInput input) {
        return models.update(id, input);
    }

    @Override
    protected void delete(long id) {
        models.delete(id);
    }

    @Override
    protected ModelJson json(AiModel entity) {
        return ModelJson.of(entity);
    }

    @Override
    protected long id(AiModel entity) {
        return entity.getId();
    }





}
