package org.aifootprint.application.usage;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.aifootprint.domain.hardware.HardwareType;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.usage.Phase;

/** The rules a usage record must meet beyond each field's own range. */
public final class UsageRules {

    /** Measured average power above this multiple of the catalogue TDP is taken for a unit mistake (W vs kW). */
    static final double MAX_POWER_OVER_TDP = 1.5;

    private UsageRules() {
    }

    /** Whole days covered by the period, both ends included. */
    public static long days(UsageInput in) {
        return ChronoUnit.DAYS.between(in.getPeriodStart(), in.getPeriodEnd()) + 1;
    }

    /**
     * @param hardware the catalogue entry named by the input, or null when the code is unknown
     */
    public static void check(UsageInput in, HardwareType hardware, InvalidInput.Checks checks) {
        checks.refuseIf(in.getPhase() != null && Phase.fromCode(in.getPhase()).isEmpty(), "phase",
                "must be training, fine-tuning, inference, experimentation or idle");
        boolean datesKnown = in.getPeriodStart() != null && in.getPeriodEnd() != null;
        if (datesKnown) {
            checks.refuseIf(in.getPeriodEnd().isBefore(in.getPeriodStart()), "periodEnd", "must not be before the start of the period");
        }
        if (datesKnown && !in.getPeriodEnd().isBefore(in.getPeriodStart()) && in.getHours() != null) {
            long maxHours = days(in) * 24;
            checks.refuseIf(in.getHours() > maxHours, "hours", String.format(Locale.ROOT,
                    "are per device and cannot exceed the %d hours of the period (%s to %s)", maxHours, in.getPeriodStart(), in.getPeriodEnd()));
        }
        checks.refuseIf(in.getHardware() != null && !in.getHardware().isBlank() && hardware == null, "hardware",
                "'" + in.getHardware() + "' is not in the hardware catalogue (see /api/v1/hardware-types)");
        if (hardware != null) {
            boolean estimated = in.getEnergyKwh() == null && in.getAvgPowerW() == null;
            checks.refuseIf(estimated && !hardware.hasPowerModel(), "avgPowerW", hardware.getName()
                    + " has no published idle and maximum power in the catalogue; give the measured average power or the metered energy");
            checks.refuseIf(in.getAvgPowerW() != null && hardware.getTdpW() != null && in.getAvgPowerW() > MAX_POWER_OVER_TDP * hardware.getTdpW(),
                    "avgPowerW", String.format(Locale.ROOT, "is more than %.1f × the %s's maximum power of %.0f W; is it per device, in watts?",
                            MAX_POWER_OVER_TDP, hardware.getName(), hardware.getTdpW()));
        }
        checks.refuseIf(in.getRequests() != null && in.getPhase() != null && Phase.fromCode(in.getPhase()).orElse(null) != Phase.INFERENCE
                && in.getRequests() > 0, "requests", "are counted for inference only");
    }
}
