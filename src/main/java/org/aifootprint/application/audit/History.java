package org.aifootprint.application.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aifootprint.domain.energy.CarbonOffset;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityMetrics;
import org.aifootprint.domain.hardware.HardwareAsset;
import org.aifootprint.domain.hardware.LifecycleEvent;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.period.ReportingPeriod;
import org.aifootprint.domain.shared.Change;
import org.aifootprint.domain.shared.ChangeHistory;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.TenantOwned;
import org.aifootprint.domain.usage.ComputeUsage;

/** The change history of any activity record, for auditors and administrators. */
@Stateless
@RolesAllowed("AUDITOR")
public class History {

    /** The record kinds with a history, by the name used in URLs and pages. */
    public static final Map<String, Class<? extends TenantOwned>> KINDS = Map.ofEntries(
            Map.entry("facility", Facility.class),
            Map.entry("facility-metrics", FacilityMetrics.class),
            Map.entry("procurement", ContractualInstrument.class),
            Map.entry("offset", CarbonOffset.class),
            Map.entry("model", AiModel.class),
            Map.entry("usage", ComputeUsage.class),
            Map.entry("hardware", HardwareAsset.class),
            Map.entry("hardware-event", LifecycleEvent.class),
            Map.entry("period", ReportingPeriod.class),
            Map.entry("vendor", org.aifootprint.domain.vendor.Vendor.class),
            Map.entry("vendor-criterion-value", org.aifootprint.domain.vendor.VendorCriterionValue.class),
            Map.entry("scorecard-template", org.aifootprint.domain.vendor.ScorecardTemplate.class),
            Map.entry("carbon-price", org.aifootprint.domain.governance.CarbonPrice.class),
            Map.entry("budget", org.aifootprint.domain.governance.Budget.class));

    @Inject
    private ChangeHistory history;

    public List<Change> of(String kind, long id) {
        Class<? extends TenantOwned> type = KINDS.get(kind == null ? "" : kind.toLowerCase(Locale.ROOT));
        if (type == null) {
            throw InvalidInput.of("kind", "must be one of " + String.join(", ", new java.util.TreeSet<>(KINDS.keySet())));
        }
        return history.of(type, id);
    }
}
