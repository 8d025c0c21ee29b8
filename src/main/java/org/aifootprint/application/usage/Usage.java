package org.aifootprint.application.usage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.period.PeriodLock;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityRepository;
import org.aifootprint.domain.hardware.HardwareRepository;
import org.aifootprint.domain.hardware.HardwareType;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.model.AiModelRepository;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;
import org.aifootprint.domain.usage.ComputeUsage;
import org.aifootprint.domain.usage.ComputeUsageRepository;
import org.aifootprint.domain.usage.DataSource;
import org.aifootprint.domain.usage.Phase;

/** Compute usage of models: recorded by analysts (and imports), read by auditors and buyers. */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class Usage {

    @Inject
    private ComputeUsageRepository usage;
    @Inject
    private AiModelRepository models;
    @Inject
    private FacilityRepository facilities;
    @Inject
    private HardwareRepository hardware;
    @Inject
    private InputValidation validation;
    @Inject
    private PeriodLock lock;
    @Inject
    private Clock clock;

    public Page<ComputeUsage> page(PageRequest request) {
        return usage.page(request);
    }

    public ComputeUsage record(long id) {
        return usage.find(id).orElseThrow(() -> new NotFound("Usage record", id));
    }

    @RolesAllowed("ANALYST")
    public ComputeUsage create(UsageInput input) {
        return create(input, DataSource.MANUAL);
    }

    @RolesAllowed("ANALYST")
    public ComputeUsage create(UsageInput input, DataSource source) {
        ComputeUsage record = new ComputeUsage(source, clock.instant());
        apply(input, record);
        usage.store(record);
        return record;
    }

    @RolesAllowed("ANALYST")
    public ComputeUsage update(long id, UsageInput input) {
        ComputeUsage record = record(id);
        lock.requireOpen("periodStart", record.getPeriodStart(), record.getPeriodEnd());
        apply(input, record);
        return record;
    }

    @RolesAllowed("ANALYST")
    public void delete(long id) {
        ComputeUsage record = record(id);
        lock.requireOpen("periodStart", record.getPeriodStart(), record.getPeriodEnd());
        usage.remove(record);
    }

    private void apply(UsageInput in, ComputeUsage u) {
        validation.check(in);
        InvalidInput.Checks checks = new InvalidInput.Checks();
        HardwareType type = hardware.findType(in.getHardware().trim()).orElse(null);
        UsageRules.check(in, type, checks);
        AiModel model = model(in, checks);
        Facility facility = facility(in, checks);
        lock.refuseIfClosed(checks, "periodStart", in.getPeriodStart(), in.getPeriodEnd());
        checks.throwIfAny();
        u.setModel(model);
        u.setPhase(Phase.fromCode(in.getPhase()).orElseThrow());
        u.setPeriodStart(in.getPeriodStart());
        u.setPeriodEnd(in.getPeriodEnd());
        u.setFacility(facility);
        u.setHardware(type);
        u.setDeviceCount(in.getDeviceCount());
        u.setHoursPerDevice(in.getHours());
        u.setAvgPowerW(in.getAvgPowerW());
        u.setUtilization(in.getUtilization());
        u.setEnergyKwh(in.getEnergyKwh());
        u.setRequests(in.getRequests());
        u.refreshQualityTier();
    }

    private AiModel model(UsageInput in, InvalidInput.Checks checks) {
        AiModel model = null;
        if (in.getModelId() != null) {
            model = models.find(in.getModelId()).orElse(null);
            checks.refuseIf(model == null, "modelId", "no model has the id " + in.getModelId());
        } else if (in.getModel() != null && !in.getModel().isBlank()) {
            String name = in.getModel().trim();
            model = in.getModelVersion() == null || in.getModelVersion().isBlank()
                    ? models.findByName(name).orElse(null)
                    : models.findByNameAndVersion(name, in.getModelVersion().trim()).orElse(null);
            checks.refuseIf(model == null, "model", "no model is called " + name + (in.getModelVersion() == null ? "" : " " + in.getModelVersion()));
        } else {
            checks.refuseIf(true, "modelId", "is required: the model the compute was for");
        }
        return model;
    }

    private Facility facility(UsageInput in, InvalidInput.Checks checks) {
        Facility facility = null;
        if (in.getFacilityId() != null) {
            facility = facilities.find(in.getFacilityId()).orElse(null);
            checks.refuseIf(facility == null, "facilityId", "no facility has the id " + in.getFacilityId());
        } else if (in.getFacility() != null && !in.getFacility().isBlank()) {
            facility = facilities.findByCode(in.getFacility().trim()).orElse(null);
            checks.refuseIf(facility == null, "facility", "no facility has the code " + in.getFacility().trim());
        } else {
            checks.refuseIf(true, "facilityId", "is required: where the compute ran");
        }
        return facility;
    }
}
