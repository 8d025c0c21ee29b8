package org.aifootprint.application.facility;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.aifootprint.domain.facility.FacilityMetrics;
import org.aifootprint.domain.facility.Granularity;
import org.aifootprint.domain.shared.InvalidInput;

/** The consistency rules of one period's facility metrics, beyond each field's own range. */
public final class MetricsRules {

    /** Entered PUE may differ from total/IT energy by rounding only. */
    static final double PUE_TOLERANCE = 0.005;

    private MetricsRules() {
    }

    public static void check(MetricsInput in, InvalidInput.Checks checks) {
        LocalDate start = in.getPeriodStart();
        if (start != null && in.getGranularity() != null) {
            checks.refuseIf(in.getGranularity() == Granularity.MONTH && start.getDayOfMonth() != 1, "periodStart",
                    "must be the first day of a month");
            checks.refuseIf(in.getGranularity() == Granularity.YEAR && start.getDayOfYear() != 1, "periodStart",
                    "must be 1 January for yearly metrics");
        }
        Double total = in.getTotalEnergyKwh();
        Double it = in.getItEnergyKwh();
        if (total != null && it != null) {
            checks.refuseIf(it > total, "itEnergyKwh", "cannot exceed the total facility energy (PUE would be below 1)");
            Double derived = FacilityMetrics.derivePue(total, it, null);
            if (derived != null && it <= total) {
                checks.refuseIf(derived > 4.0, "totalEnergyKwh",
                        String.format(Locale.ROOT, "gives a PUE of %.2f with the IT energy, above the sanity bound of 4.0", derived));
                checks.refuseIf(in.getPue() != null && Math.abs(in.getPue() - derived) > PUE_TOLERANCE, "pue",
                        String.format(Locale.ROOT, "is derived from total and IT energy (%.3f); leave it empty or correct the energies", derived));
            }
        }
        if (in.getWaterConsumedLitres() != null && in.getWaterWithdrawnLitres() != null) {
            checks.refuseIf(in.getWaterConsumedLitres() > in.getWaterWithdrawnLitres(), "waterConsumedLitres",
                    "cannot exceed the water withdrawn");
        }
        if (total != null) {
            checks.refuseIf(in.getRenewableOnSiteKwh() != null && in.getRenewableOnSiteKwh() > total, "renewableOnSiteKwh",
                    "cannot exceed the total facility energy");
            checks.refuseIf(in.getWasteHeatReusedKwh() != null && in.getWasteHeatReusedKwh() > total, "wasteHeatReusedKwh",
                    "cannot exceed the total facility energy");
        }
        for (Map.Entry<String, Double> e : in.getRefrigerantsKg().entrySet()) {
            checks.refuseIf(e.getKey() == null || e.getKey().isBlank(), "refrigerantsKg", "each refrigerant needs a gas name, e.g. R-134a");
            checks.refuseIf(e.getValue() == null || e.getValue() < 0, "refrigerantsKg", "the mass of " + e.getKey() + " must be 0 or more kg");
        }
    }
}
