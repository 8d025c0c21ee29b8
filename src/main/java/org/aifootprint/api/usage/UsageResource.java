package org.aifootprint.api.usage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.aifootprint.api.support.CrudResource;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;
import org.aifootprint.application.usage.Usage;
import org.aifootprint.application.usage.UsageInput;
import org.aifootprint.domain.usage.ComputeUsage;
import org.aifootprint.domain.usage.DataSource;
import org.aifootprint.domain.usage.QualityTier;

/**
 * {@code /api/v1/usage}: compute usage of models. {@code hours} are per device; the quality tier follows from
 * what is given (energyKwh → METERED, avgPowerW → MEASURED, otherwise ESTIMATED).
 */
@Path("usage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsageResource extends CrudResource<ComputeUsage, UsageInput, UsageResource.UsageJson> {

    public record UsageJson(long id, long modelId, String model, String modelVersion, String phase, LocalDate periodStart,
            LocalDate periodEnd, long facilityId, String facility, String hardware, int deviceCount, double hours,
            double deviceHours, Double avgPowerW, Double utilization, Double energyKwh, Long requests, DataSource dataSource,
            QualityTier qualityTier, Instant createdAt, Double energyLowKwh, Double energyHighKwh, String energyFactors, Long importId,
            Long sourceLine) {
        static UsageJson of(ComputeUsage u) {
            return new UsageJson(u.getId(), u.getModel().getId(), u.getModel().getName(), u.getModel().getVersion(), u.getPhase().code(),
                    u.getPeriodStart(), u.getPeriodEnd(), u.getFacility().getId(), u.getFacility().getCode(), u.getHardware().getCode(),
                    u.getDeviceCount(), u.getHoursPerDevice(), u.getDeviceHours(), u.getAvgPowerW(), u.getUtilization(), u.getEnergyKwh(),
                    u.getRequests(), u.getDataSource(), u.getQualityTier(), u.getCreatedAt(), u.getEnergyLowKwh(), u.getEnergyHighKwh(),
                    u.getEnergyFactors(), u.getImportId(), u.getSourceLine());
        }
    }

    @Inject
    private Usage usage;

    @Override
    protected Page<ComputeUsage> page(PageRequest request) {
        return usage.page(request);
    }

    @Override
    protected ComputeUsage find(long id) {
        return usage.record(id);
    }

    @Override
    protected ComputeUsage add(UsageInput input) {
        return usage.create(input);
    }

    @Override
    protected ComputeUsage change(long id, UsageInput input) {
        return usage.update(id, input);
    }

    @Override
    protected void delete(long id) {
        usage.delete(id);
    }

    @Override
    protected UsageJson json(ComputeUsage entity) {
        return UsageJson.of(entity);
    }

    @Override
    protected long id(ComputeUsage entity) {
        return entity.getId();
    }





}
