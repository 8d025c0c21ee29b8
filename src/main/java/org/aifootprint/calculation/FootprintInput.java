package org.aifootprint.calculation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one calculation needs for the period {@code from}–{@code to} (both days included). Records that
 * reach beyond the period count pro rata by days.
 *
 * @param defaultUtilization utilisation assumed when an estimated record gives none (0.5; range 0 to 1)
 * @param knownGaps          gaps the caller met while gathering the inputs, reported with the engine's own
 */
public record FootprintInput(LocalDate from, LocalDate to, List<FacilityProfile> facilities, List<FacilityMetrics> metrics,
        List<UsageRecord> usage, List<Instrument> instruments, List<Acquisition> acquisitions, List<Disposal> disposals,
        double defaultUtilization, List<String> knownGaps) {

    public static final double DEFAULT_UTILIZATION = 0.5;

    /** Inputs without gaps met by the caller. */
    public FootprintInput(LocalDate from, LocalDate to, List<FacilityProfile> facilities, List<FacilityMetrics> metrics, List<UsageRecord> usage,
            List<Instrument> instruments, List<Acquisition> acquisitions, List<Disposal> disposals, double defaultUtilization) {
        this(from, to, facilities, metrics, usage, instruments, acquisitions, disposals, defaultUtilization, List.of());
    }

    public FootprintInput {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        facilities = List.copyOf(facilities);
        metrics = List.copyOf(metrics);
        usage = List.copyOf(usage);
        instruments = List.copyOf(instruments);
        acquisitions = List.copyOf(acquisitions);
        disposals = List.copyOf(disposals);
        knownGaps = knownGaps == null ? List.of() : List.copyOf(knownGaps);
        if (!(defaultUtilization >= 0 && defaultUtilization <= 1)) {
            throw new IllegalArgumentException("defaultUtilization must be between 0 and 1");
        }
    }
}
