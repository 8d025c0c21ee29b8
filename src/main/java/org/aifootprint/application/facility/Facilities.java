package org.aifootprint.application.facility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.factor.Factors;
import org.aifootprint.application.period.PeriodLock;
import org.aifootprint.domain.facility.OperatorKind;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityMetrics;
import org.aifootprint.domain.facility.FacilityRepository;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;

/** Facilities and their per-period metrics: analysts keep them, auditors and buyers read them. */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class Facilities {

    @Inject
    private FacilityRepository facilities;
    @Inject
    private InputValidation validation;
    @Inject
    private PeriodLock lock;
    @Inject
    private Factors factors;

    public List<Facility> all() {
        return facilities.findAll();
    }

    public Page<Facility> page(PageRequest request) {
        return facilities.page(request);
    }

    public Facility facility(long id) {
        return facilities.find(id).orElseThrow(() -> new NotFound("Facility", id));
    }

    /** By code, as CSV files and JSON refer to facilities. */
    public Facility facility(String code) {
        return facilities.findByCode(code).orElseThrow(() -> new NotFound("Facility", code));
    }

    @RolesAllowed("ANALYST")
    public Facility create(FacilityInput input) {
        check(input, null);
        Facility facility = new Facility(input.getCode().trim());
        apply(input, facility);
        facilities.store(facility);
        return facility;
    }

    @RolesAllowed("ANALYST")
    public Facility update(long id, FacilityInput input) {
        Facility facility = facility(id);
        check(input, facility);
        facility.setCode(input.getCode().trim());
        apply(input, facility);
        return facility;
    }

    @RolesAllowed("ANALYST")
    public void delete(long id) {
        Facility facility = facility(id);
        if (facilities.isReferenced(facility)) {
            throw InvalidInput.of("code", "facility " + facility.getCode()
                    + " still has metrics, usage, contracts or hardware; delete or move those first");
        }
        facilities.remove(facility);
    }

    public List<FacilityMetrics> metrics(long facilityId) {
        return facilities.findMetrics(facility(facilityId));
    }

    public FacilityMetrics metricsEntry(long metricsId) {
        return facilities.findMetrics(metricsId).orElseThrow(() -> new NotFound("Facility metrics", metricsId));
    }

    @RolesAllowed("ANALYST")
    public FacilityMetrics addMetrics(long facilityId, MetricsInput input) {
        Facility facility = facility(facilityId);
        check(input, facility, null);
        FacilityMetrics metrics = new FacilityMetrics(facility, input.getGranularity(), input.getPeriodStart());
        apply(input, metrics);
        facilities.storeMetrics(metrics);
        return metrics;
    }

    @RolesAllowed("ANALYST")
    public FacilityMetrics updateMetrics(long metricsId, MetricsInput input) {
        FacilityMetrics metrics = metricsEntry(metricsId);
        lock.requireOpen("periodStart", metrics.getPeriodStart(), metrics.getPeriodEnd());
        check(input, metrics.getFacility(), metrics);
        metrics.moveTo(input.getGranularity(), input.getPeriodStart());
        apply(input, metrics);
        return metrics;
    }

    @RolesAllowed("ANALYST")
    public void deleteMetrics(long metricsId) {
        FacilityMetrics metrics = metricsEntry(metricsId);
        lock.requireOpen("periodStart", metrics.getPeriodStart(), metrics.getPeriodEnd());
        facilities.removeMetrics(metrics);
    }

    private void check(FacilityInput input, Facility self) {
        validation.check(input);
        InvalidInput.Checks checks = new InvalidInput.Checks();
        facilities.findByCode(input.getCode().trim()).filter(other -> other != self)
                .ifPresent(other -> checks.refuseIf(true, "code", "another facility already has the code " + other.getCode()));
        checks.refuseIf(input.getSupplierFactorGramsPerKwh() != null
                        && (input.getSupplierFactorEvidence() == null || input.getSupplierFactorEvidence().isBlank()),
                "supplierFactorEvidence", "is required with a supplier-specific factor (contract or disclosure it comes from)");
        FactorTable table = factors.table(null, null);
        String zone = input.getGridZone().trim();
        if (!checks.refuseIf(!table.knowsZone(zone), "gridZone", "'" + zone + "' is not a grid zone or cloud region of factor set "
                + table.version() + " (e.g. FR, US-CAMX, US-CAISO or aws:eu-west-3; see /api/v1/factor-sets)")) {
            checks.refuseIf(input.getOperatorKind() == OperatorKind.CLOUD && !table.isCloudRegion(zone) && input.getDefaultPue() == null,
                    "defaultPue", "is required for a cloud facility whose grid zone is not a known cloud region (the provider's PUE)");
        }
        checks.throwIfAny();
    }

    private void check(MetricsInput input, Facility facility, FacilityMetrics self) {
        validation.check(input);
        InvalidInput.Checks checks = new InvalidInput.Checks();
        MetricsRules.check(input, checks);
        lock.refuseIfClosed(checks, "periodStart", input.getPeriodStart(), input.getPeriodEnd());
        if (!checks.hasErrorAt("periodStart")) {
            for (FacilityMetrics other : facilities.findMetrics(facility)) {
                boolean overlaps = other != self && !input.getPeriodStart().isAfter(other.getPeriodEnd())
                        && !input.getPeriodEnd().isBefore(other.getPeriodStart());
                if (checks.refuseIf(overlaps, "periodStart", "overlaps the metrics already entered for " + other.getPeriodStart()
                        + " to " + other.getPeriodEnd())) {
                    break;
                }
            }
        }
        checks.throwIfAny();
    }

    private static void apply(FacilityInput in, Facility f) {
        f.setName(in.getName().trim());
        f.setOperatorKind(in.getOperatorKind());
        f.setCountry(in.getCountry());
        f.setGridZone(in.getGridZone().trim());
        f.setDefaultPue(in.getDefaultPue());
        f.setDefaultWueLitresPerKwh(in.getDefaultWueLitresPerKwh());
        f.setSupplierFactorGramsPerKwh(in.getSupplierFactorGramsPerKwh());
        f.setSupplierFactorEvidence(blankToNull(in.getSupplierFactorEvidence()));
    }

    private static void apply(MetricsInput in, FacilityMetrics m) {
        m.setTotalEnergyKwh(in.getTotalEnergyKwh());
        m.setItEnergyKwh(in.getItEnergyKwh());
        m.setPue(in.getEffectivePue());
        m.setWaterWithdrawnLitres(in.getWaterWithdrawnLitres());
        m.setWaterConsumedLitres(in.getWaterConsumedLitres());
        m.setWueLitresPerKwh(FacilityMetrics.deriveWue(in.getWaterConsumedLitres(), in.getItEnergyKwh(), in.getWueLitresPerKwh()));
        m.setRenewableOnSiteKwh(in.getRenewableOnSiteKwh());
        m.setWasteHeatReusedKwh(in.getWasteHeatReusedKwh());
        m.setGeneratorFuelLitres(in.getGeneratorFuelLitres());
        Map<String, Double> refrigerants = new TreeMap<>();
        in.getRefrigerantsKg().forEach((gas, kg) -> {
            if (kg != null && kg > 0) {
                refrigerants.merge(gas.trim(), kg, Double::sum);
            }
        });
        m.replaceRefrigerants(refrigerants);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
