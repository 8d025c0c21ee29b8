package org.aifootprint.api.hardware;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.api.support.CrudResource;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;
import org.aifootprint.application.hardware.AssetInput;
import org.aifootprint.application.hardware.EventInput;
import org.aifootprint.application.hardware.Hardware;
import org.aifootprint.domain.hardware.AssetStatus;
import org.aifootprint.domain.hardware.Disposition;
import org.aifootprint.domain.hardware.EventKind;
import org.aifootprint.domain.hardware.HardwareAsset;
import org.aifootprint.domain.hardware.LifecycleEvent;

/** {@code /api/v1/hardware} and {@code /api/v1/hardware/{id}/events}: assets and their lifecycle. */
@Path("hardware")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HardwareResource extends CrudResource<HardwareAsset, AssetInput, HardwareResource.AssetJson> {

    public record AssetJson(long id, String hardware, String assetTag, String serialNumber, int quantity, int remainingQuantity,
            String facility, LocalDate acquiredOn, double lifetimeYears, Double massKg, double embodiedKgCo2e, String embodiedSource,
            AssetStatus status) {
        static AssetJson of(HardwareAsset a) {
            return new AssetJson(a.getId(), a.getHardware().getCode(), a.getAssetTag(), a.getSerialNumber(), a.getQuantity(),
                    a.remainingQuantity(), a.getFacility() == null ? null : a.getFacility().getCode(), a.getAcquiredOn(),
                    a.getLifetimeYears(), a.getMassKg(), a.getEmbodiedKgCo2e(), a.getEmbodiedSource(), a.getStatus());
        }
    }

    public record EventJson(long id, EventKind kind, LocalDate occurredOn, String facility, int quantity, Disposition disposition,
            Double massKg, String recipient, String certificate, String notes) {
        static EventJson of(LifecycleEvent e) {
            return new EventJson(e.getId(), e.getKind(), e.getOccurredOn(), e.getFacility() == null ? null : e.getFacility().getCode(),
                    e.getQuantity(), e.getDisposition(), e.getMassKg(), e.getRecipient(), e.getCertificate(), e.getNotes());
        }
    }

    @Inject
    private Hardware hardware;

    @Override
    protected Page<HardwareAsset> page(PageRequest request) {
        return hardware.page(request);
    }

    @Override
    protected HardwareAsset find(long id) {
        return hardware.asset(id);
    }

    @Override
    protected HardwareAsset add(AssetInput input) {
        return hardware.create(input);
    }

    @Override
    protected HardwareAsset change(long id, AssetInput input) {
        return hardware.update(id, input);
    }

    @Override
    protected void delete(long id) {
        hardware.delete(id);
    }

    @Override
    protected AssetJson json(HardwareAsset entity) {
        return AssetJson.of(entity);
    }

    @Override
    protected long id(HardwareAsset entity) {
        return entity.getId();
    }






    @GET
    @Path("{id}/events")
    public List<EventJson> events(@PathParam("id") long id) {
        return hardware.asset(id).getEvents().stream().map(EventJson::of).toList();
    }

    @POST
    @Path("{id}/events")
    public Response recordEvent(@PathParam("id") long id, EventInput input, @Context UriInfo uri) {
        EventJson created = EventJson.of(hardware.recordEvent(id, input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    /** Only the most recent event can be deleted. */
    @DELETE
    @Path("{id}/events/{eventId}")
    public Response deleteEvent(@PathParam("id") long id, @PathParam("eventId") long eventId) {
        hardware.deleteEvent(id, eventId);
        return Response.noContent().build();
    }
}
