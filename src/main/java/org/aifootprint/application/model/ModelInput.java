package org.aifootprint.application.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.model.ModelStatus;

/** An AI model as entered in the form or posted to {@code /api/v1/models}. */
public class ModelInput {

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    private String name;
    @NotBlank(message = "is required, e.g. 1.0")
    @Size(max = 64, message = "must be at most 64 characters")
    private String version = "1";
    @NotBlank(message = "is required: the team accountable for the model")
    @Size(max = 100, message = "must be at most 100 characters")
    private String ownerTeam;
    @Size(max = 500, message = "must be at most 500 characters")
    private String purpose;
    @Positive(message = "must be more than 0")
    private Long parameterCount;
    @NotNull(message = "is required (IN_DEVELOPMENT, IN_PRODUCTION or RETIRED)")
    private ModelStatus status = ModelStatus.IN_DEVELOPMENT;

    public static ModelInput of(AiModel m) {
        ModelInput in = new ModelInput();
        in.name = m.getName();
        in.version = m.getVersion();
        in.ownerTeam = m.getOwnerTeam();
        in.purpose = m.getPurpose();
        in.parameterCount = m.getParameterCount();
        in.status = m.getStatus();
        return in;
    }

    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { this.version = v; }
    public String getOwnerTeam() { return ownerTeam; }
    public void setOwnerTeam(String v) { this.ownerTeam = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { this.purpose = v; }
    public Long getParameterCount() { return parameterCount; }
    public void setParameterCount(Long v) { this.parameterCount = v; }
    public ModelStatus getStatus() { return status; }
    public void setStatus(ModelStatus v) { this.status = v; }
}
