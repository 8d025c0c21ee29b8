package org.aifootprint.application.energy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.factor.Factors;
import org.aifootprint.application.period.PeriodLock;
import org.aifootprint.domain.energy.CarbonOffset;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.energy.ProcurementRepository;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityRepository;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;

/** Energy procurement: contractual instruments for market-based Scope 2, and carbon offsets kept apart. */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class Procurement {

    @Inject
    private ProcurementRepository procurements;
    @Inject
    private FacilityRepository facilities;
    @Inject
    private InputValidation validation;
    @Inject
    private PeriodLock lock;
    @Inject
    private Factors factors;

    public Page<ContractualInstrument> page(PageRequest request) {
        return procurements.page(request);
    }

    public ContractualInstrument instrument(long id) {
        return procurements.find(id).orElseThrow(() -> new NotFound("Contractual instrument", id));
    }

    @RolesAllowed("ANALYST")
    public ContractualInstrument create(InstrumentInput input) {
        ContractualInstrument instrument = new ContractualInstrument();
        apply(input, instrument);
        procurements.store(instrument);
        return instrument;
    }

    @RolesAllowed("ANALYST")
    public ContractualInstrument update(long id, InstrumentInput input) {
        ContractualInstrument instrument = instrument(id);
        lock.requireOpen("periodStart", instrument.getPeriodStart(), instrument.getPeriodEnd());
        apply(input, instrument);
        return instrument;
    }

    @RolesAllowed("ANALYST")
    public void delete(long id) {
        ContractualInstrument instrument = instrument(id);
        lock.requireOpen("periodStart", instrument.getPeriodStart(), instrument.getPeriodEnd());
        procurements.remove(instrument);
    }

    public List<CarbonOffset> offsets() {
        return procurements.findOffsets();
    }

    public CarbonOffset offset(long id) {
        return procurements.findOffset(id).orElseThrow(() -> new NotFound("Carbon offset", id));
    }

    @RolesAllowed("ANALYST")
    public CarbonOffset createOffset(OffsetInput input) {
        validation.check(input);
        CarbonOffset offset = new CarbonOffset();
        offset.setProjectName(input.getProjectName().trim());
        offset.setRegistry(input.getRegistry().trim());
        offset.setCertificateIds(input.getCertificateIds());
        offset.setTonnesCo2e(input.getTonnesCo2e());
        offset.setVintageYear(input.getVintageYear());
        offset.setRetiredOn(input.getRetiredOn());
        offset.setNotes(input.getNotes());
        procurements.storeOffset(offset);
        return offset;
    }

    @RolesAllowed("ANALYST")
    public void deleteOffset(long id) {
        procurements.removeOffset(offset(id));
    }

    private void apply(InstrumentInput in, ContractualInstrument i) {
        validation.check(in);
        InvalidInput.Checks checks = new InvalidInput.Checks();
        checks.refuseIf(in.getPeriodEnd().isBefore(in.getPeriodStart()), "periodEnd", "must not be before the start of the period");
        checks.refuseIf(in.getKind().needsEmissionFactor() && in.getEmissionFactorGramsPerKwh() == null, "emissionFactorGramsPerKwh",
                "is required for a supplier contract (the supplier's disclosed rate)");
        checks.refuseIf(in.getVintageYear() != null && Math.abs(in.getVintageYear() - in.getPeriodStart().getYear()) > 1, "vintageYear",
                "must be within a year of the consumption period (GHG Protocol Scope 2 quality criteria)");
        Facility facility = null;
        if (in.getFacility() != null && !in.getFacility().isBlank()) {
            facility = facilities.findByCode(in.getFacility().trim()).orElse(null);
            checks.refuseIf(facility == null, "facility", "no facility has the code " + in.getFacility().trim());
        }
        lock.refuseIfClosed(checks, "periodStart", in.getPeriodStart(), in.getPeriodEnd());
        checks.refuseIf(!factors.table(null, null).knowsZone(in.getMarketZone().trim()), "marketZone",
                "'" + in.getMarketZone().trim() + "' is not a grid zone of the reference data (e.g. FR, NL, US-CAMX)");
        checks.throwIfAny();
        i.setKind(in.getKind());
        i.setFacility(facility);
        i.setMarketZone(in.getMarketZone().trim());
        i.setPeriodStart(in.getPeriodStart());
        i.setPeriodEnd(in.getPeriodEnd());
        i.setVolumeMwh(in.getVolumeMwh());
        i.setVintageYear(in.getVintageYear());
        i.setCertificateIds(in.getCertificateIds());
        i.setRetired(in.isRetired());
        i.setEmissionFactorGramsPerKwh(in.getKind().needsEmissionFactor() ? in.getEmissionFactorGramsPerKwh() : 0.0);
        i.setSupplier(in.getSupplier());
        i.setNotes(in.getNotes());
    }
}
