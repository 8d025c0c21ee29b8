package org.aifootprint.api.hardware;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aifootprint.application.hardware.Hardware;
import org.aifootprint.domain.hardware.HardwareType;

/** {@code /api/v1/hardware-types}: the global hardware catalogue with its sources. */
@Path("hardware-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HardwareTypeResource {

    public record HardwareTypeJson(String code, String name, String kind, String vendor, Double tdpW, Double idleW, Double massKg,
            Double embodiedKgCo2e, String embodiedBasis, Double lifetimeYears, String source) {
        static HardwareTypeJson of(HardwareType h) {
            return new HardwareTypeJson(h.getCode(), h.getName(), h.getKind(), h.getVendor(), h.getTdpW(), h.getIdleW(), h.getMassKg(),
                    h.getEmbodiedKgCo2e(), h.getEmbodiedBasis(), h.getLifetimeYears(), h.getSource());
        }
    }

    @Inject
    private Hardware hardware;

    @GET
    public List<HardwareTypeJson> list() {
        return hardware.catalogue().stream().map(HardwareTypeJson::of).toList();
    }

    @GET
    @Path("{code}")
    public HardwareTypeJson get(@PathParam("code") String code) {
        return HardwareTypeJson.of(hardware.type(code));
    }
}
