package org.aifootprint.application.imports;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.aifootprint.application.facility.Facilities;
import org.aifootprint.application.facility.FacilityInput;
import org.aifootprint.domain.facility.FacilityRepository;
import org.aifootprint.domain.facility.OperatorKind;

/**
 * Cloud regions named by imported files become facilities on first use: code and grid zone {@code provider:region}
 * (e.g. {@code aws:us-east-1}), operator cloud; the engine then takes the provider's PUE and WUE and the region's
 * grid zone from the reference data. Created through the same use case as a form, stamped with the import.
 */
@Stateless
public class CloudRegionFacilities {

    @Inject
    private Facilities facilities;
    @Inject
    private FacilityRepository repository;

    /** The facility code of the region, created if the tenant has none yet. */
    public String ensure(String provider, String region, long jobId, long line) {
        String code = provider.toLowerCase(Locale.ROOT) + ":" + region.toLowerCase(Locale.ROOT);
        if (repository.findByCode(code).isPresent()) {
            return code;
        }
        FacilityInput in = new FacilityInput();
        in.setCode(code);
        in.setName(provider.toUpperCase(Locale.ROOT) + " " + region + " (cloud region, created by import " + jobId + ")");
        in.setOperatorKind(OperatorKind.CLOUD);
        in.setGridZone(code);
        facilities.create(in).markImported(jobId, line);
        return code;
    }
}
