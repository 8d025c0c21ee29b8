package org.aifootprint.api.energy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.aifootprint.api.support.CrudResource;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;
import org.aifootprint.application.energy.InstrumentInput;
import org.aifootprint.application.energy.Procurement;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.energy.InstrumentKind;

/** {@code /api/v1/procurements}: contractual instruments for market-based Scope 2. */
@Path("procurements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcurementResource extends CrudResource<ContractualInstrument, InstrumentInput, ProcurementResource.InstrumentJson> {

    public record InstrumentJson(long id, InstrumentKind kind, String facility, String marketZone, LocalDate periodStart,
            LocalDate periodEnd, double volumeMwh, Integer vintageYear, String certificateIds, boolean retired,
            double emissionFactorGramsPerKwh, String supplier, String notes) {
        static InstrumentJson of(ContractualInstrument i) {
            return new InstrumentJson(i.getId(), i.getKind(), i.getFacility() == null ? null : i.getFacility().getCode(), i.getMarketZone(),
                    i.getPeriodStart(), i.getPeriodEnd(), i.getVolumeMwh(), i.getVintageYear(), i.getCertificateIds(), i.isRetired(),
                    i.getEmissionFactorGramsPerKwh(), i.getSupplier(), i.getNotes());
        }
    }

    @Inject
    private Procurement procurement;

    @Override
    protected Page<ContractualInstrument> page(PageRequest request) {
        return procurement.page(request);
    }

    @Override
    protected ContractualInstrument find(long id) {
        return procurement.instrument(id);
    }

    @Override
    protected ContractualInstrument add(InstrumentInput input) {
        return procurement.create(input);
    }

    @Override
    protected ContractualInstrument change(long id, InstrumentInput input) {
        return procurement.update(id, input);
    }

    @Override
    protected void delete(long id) {
        procurement.delete(id);
    }

    @Override
    protected InstrumentJson json(ContractualInstrument entity) {
        return InstrumentJson.of(entity);
    }

    @Override
    protected long id(ContractualInstrument entity) {
        return entity.getId();
    }





}
