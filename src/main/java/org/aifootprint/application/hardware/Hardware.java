package org.aifootprint.application.hardware;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.period.PeriodLock;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityRepository;
import org.aifootprint.domain.hardware.HardwareAsset;
import org.aifootprint.domain.hardware.HardwareRepository;
import org.aifootprint.domain.hardware.HardwareType;
import org.aifootprint.domain.hardware.LifecycleEvent;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;

/** Hardware inventory and lifecycle, and the hardware catalogue it draws on. */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class Hardware {

    @Inject
    private HardwareRepository hardware;
    @Inject
    private FacilityRepository facilities;
    @Inject
    private InputValidation validation;
    @Inject
    private PeriodLock lock;

    /** The catalogue is global reference data: every signed-in user may read it. */
    @PermitAll
    public List<HardwareType> catalogue() {
        return hardware.findTypes();
    }

    @PermitAll
    public HardwareType type(String code) {
        return hardware.findType(code).orElseThrow(() -> new NotFound("Hardware type", code));
    }

    public Page<HardwareAsset> page(PageRequest request) {
        return hardware.page(request);
    }

    public HardwareAsset asset(long id) {
        return hardware.find(id).orElseThrow(() -> new NotFound("Hardware asset", id));
    }

    @RolesAllowed("ANALYST")
    public HardwareAsset create(AssetInput input) {
        validation.check(input);
        HardwareType type = knownType(input.getHardware());
        HardwareAsset asset = new HardwareAsset(type);
        apply(input, type, asset);
        hardware.store(asset);
        return asset;
    }

    @RolesAllowed("ANALYST")
    public HardwareAsset update(long id, AssetInput input) {
        HardwareAsset asset = asset(id);
        lock.requireOpen("acquiredOn", asset.getAcquiredOn(), asset.getAcquiredOn());
        validation.check(input);
        HardwareType type = knownType(input.getHardware());
        apply(input, type, asset);
        return asset;
    }

    @RolesAllowed("ANALYST")
    public void delete(long id) {
        HardwareAsset asset = asset(id);
        lock.requireOpen("acquiredOn", asset.getAcquiredOn(), asset.getAcquiredOn());
        InvalidInput.Checks checks = new InvalidInput.Checks();
        asset.getEvents().forEach(e -> lock.refuseIfClosed(checks, "acquiredOn", e.getOccurredOn(), e.getOccurredOn()));
        checks.throwIfAny();
        hardware.remove(asset);
    }

    @RolesAllowed("ANALYST")
    public LifecycleEvent recordEvent(long assetId, EventInput input) {
        validation.check(input);
        HardwareAsset asset = asset(assetId);
        InvalidInput.Checks checks = new InvalidInput.Checks();
        Facility facility = facility(input.getFacility(), checks);
        lock.refuseIfClosed(checks, "occurredOn", input.getOccurredOn(), input.getOccurredOn());
        checks.throwIfAny();
        return asset.record(input.getKind(), input.getOccurredOn(), facility, input.getQuantity(), input.getDisposition(),
                input.getMassKg(), blankToNull(input.getRecipient()), blankToNull(input.getCertificate()), blankToNull(input.getNotes()));
    }

    @RolesAllowed("ANALYST")
    public HardwareAsset deleteEvent(long assetId, long eventId) {
        HardwareAsset asset = asset(assetId);
        asset.getEvents().stream().filter(e -> e.getId() == eventId).findFirst()
                .ifPresent(e -> lock.requireOpen("occurredOn", e.getOccurredOn(), e.getOccurredOn()));
        asset.removeLatestEvent(eventId);
        return asset;
    }

    private HardwareType knownType(String code) {
        return hardware.findType(code.trim()).orElseThrow(() -> InvalidInput.of("hardware",
                "'" + code.trim() + "' is not in the hardware catalogue (see /api/v1/hardware-types)"));
    }

    private void apply(AssetInput in, HardwareType type, HardwareAsset a) {
        InvalidInput.Checks checks = new InvalidInput.Checks();
        Facility facility = facility(in.getFacility(), checks);
        hardware.findByTag(in.getAssetTag().trim()).filter(other -> other != a)
                .ifPresent(other -> checks.refuseIf(true, "assetTag", "another asset already has the tag " + other.getAssetTag()));
        Double embodied = in.getEmbodiedKgCo2e() != null ? in.getEmbodiedKgCo2e() : type.getEmbodiedKgCo2e();
        checks.refuseIf(embodied == null, "embodiedKgCo2e",
                "is required: the catalogue has no embodied figure for " + type.getName() + " (use the vendor's product carbon footprint)");
        Double lifetime = in.getLifetimeYears() != null ? in.getLifetimeYears() : type.getLifetimeYears();
        checks.refuseIf(lifetime == null, "lifetimeYears", "is required: the catalogue has no expected lifetime for " + type.getName());
        checks.refuseIf(!a.getEvents().isEmpty() && in.getQuantity() != null && in.getQuantity() < a.getQuantity() - a.remainingQuantity(),
                "quantity", "cannot be less than the units already disposed of");
        checks.refuseIf(!a.getEvents().isEmpty() && in.getAcquiredOn() != null && in.getAcquiredOn().isAfter(a.getEvents().get(0).getOccurredOn()),
                "acquiredOn", "cannot be after the asset's first lifecycle event");
        lock.refuseIfClosed(checks, "acquiredOn", in.getAcquiredOn(), in.getAcquiredOn());
        checks.throwIfAny();
        boolean customEmbodied = in.getEmbodiedKgCo2e() != null && !in.getEmbodiedKgCo2e().equals(type.getEmbodiedKgCo2e());
        String source = blankToNull(in.getEmbodiedSource());
        if (source == null) {
            if (customEmbodied) {
                throw InvalidInput.of("embodiedSource", "is required when the embodied figure differs from the catalogue's (e.g. the vendor's PCF document)");
            }
            source = "Hardware catalogue " + type.getCode() + ": " + type.getSource();
        }
        a.setHardware(type);
        a.setAssetTag(in.getAssetTag().trim());
        a.setSerialNumber(blankToNull(in.getSerialNumber()));
        a.setQuantity(in.getQuantity());
        if (a.getEvents().isEmpty()) {
            a.setFacility(facility);
        }
        a.setAcquiredOn(in.getAcquiredOn());
        a.setLifetimeYears(lifetime);
        a.setMassKg(in.getMassKg() != null ? in.getMassKg() : type.getMassKg());
        a.setEmbodiedKgCo2e(embodied);
        a.setEmbodiedSource(source.length() > 500 ? source.substring(0, 500) : source);
    }

    private Facility facility(String code, InvalidInput.Checks checks) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Facility facility = facilities.findByCode(code.trim()).orElse(null);
        checks.refuseIf(facility == null, "facility", "no facility has the code " + code.trim());
        return facility;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
