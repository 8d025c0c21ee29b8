package org.aifootprint.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IT energy of cloud resources estimated from what a billing line says was used, with the Cloud Carbon Footprint
 * (CCF) coefficients of the provider: per vCPU a minimum and maximum power by microarchitecture, memory per
 * GB-hour, storage per TB-hour (SSD or HDD, times the service's replication factor), network per GB; GPUs by
 * the hardware catalogue's idle and maximum power. Utilisation defaults to CCF's 50 %; the range is 0–100 %.
 * See docs/methodology.md, "Cloud billing".
 */
public final class CloudEnergy {

    /** CCF's default average utilisation of cloud compute when none is known. */
    public static final double DEFAULT_UTILIZATION = 0.5;
    /** Hours per month used to turn GB-months into GB-hours (CCF: 730). */
    public static final double HOURS_PER_MONTH = 730;

    /** What a billing line used. Hours and amounts are totals of the line. */
    public record Use(double vcpuHours, double memoryGbHours, double gpuHours, double storageTbHours, boolean ssd, double networkGb) {
        public static Use compute(double vcpuHours, double memoryGbHours, double gpuHours) {
            return new Use(vcpuHours, memoryGbHours, gpuHours, 0, false, 0);
        }

        public static Use storage(double tbHours, boolean ssd) {
            return new Use(0, 0, 0, tbHours, ssd, 0);
        }

        public static Use network(double gb) {
            return new Use(0, 0, 0, 0, false, gb);
        }
    }

    /**
     * The coefficients that apply to one line: CPU per vCPU (W, of its microarchitecture or the provider average),
     * memory (kWh per GB-hour), storage (Wh per TB-hour) with its replication factor, network (kWh per GB), and
     * the GPU's idle and maximum power (W). A coefficient the line does not use may be null.
     */
    public record Coefficients(Factor cpuMinW, Factor cpuMaxW, Factor memoryKwhPerGbHour, Factor storageWhPerTbHour, Factor replication,
            Factor networkKwhPerGb, Factor gpuIdleW, Factor gpuMaxW) {
    }

    /** Central, low (utilisation 0) and high (utilisation 1) IT energy in kWh, and the factors used ("id@version"). */
    public record Estimate(double kwh, double lowKwh, double highKwh, List<String> factors) {
    }

    private CloudEnergy() {
    }

    /**
     * kWh = vCPU-h × (min W + u × (max W − min W)) / 1000 + GB-h × memory kWh/GB-h + GPU-h × (idle W + u × (max W − idle W)) / 1000
     *     + TB-h × storage Wh/TB-h × replication / 1000 + GB × network kWh/GB.
     */
    public static Estimate estimate(Use use, Coefficients c, Double utilization) {
        Objects.requireNonNull(use, "use");
        double u = utilization == null ? DEFAULT_UTILIZATION : utilization;
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("utilisation must be between 0 and 1, was " + u);
        }
        List<String> factors = new ArrayList<>();
        double fixed = 0;
        double min = 0;
        double span = 0;
        if (use.vcpuHours() > 0) {
            double lo = need(c.cpuMinW(), "CPU minimum power", factors);
            double hi = need(c.cpuMaxW(), "CPU maximum power", factors);
            min += use.vcpuHours() * lo / 1000;
            span += use.vcpuHours() * (hi - lo) / 1000;
        }
        if (use.memoryGbHours() > 0) {
            fixed += use.memoryGbHours() * need(c.memoryKwhPerGbHour(), "memory coefficient", factors);
        }
        if (use.gpuHours() > 0) {
            double idle = need(c.gpuIdleW(), "GPU idle power", factors);
            double max = need(c.gpuMaxW(), "GPU maximum power", factors);
            min += use.gpuHours() * idle / 1000;
            span += use.gpuHours() * (max - idle) / 1000;
        }
        if (use.storageTbHours() > 0) {
            double replication = c.replication() == null ? 1 : need(c.replication(), "replication factor", factors);
            fixed += use.storageTbHours() * need(c.storageWhPerTbHour(), "storage coefficient", factors) * replication / 1000;
        }
        if (use.networkGb() > 0) {
            fixed += use.networkGb() * need(c.networkKwhPerGb(), "network coefficient", factors);
        }
        return new Estimate(fixed + min + u * span, fixed + min, fixed + min + span, List.copyOf(factors));
    }

    private static double need(Factor f, String what, List<String> used) {
        if (f == null) {
            throw new IllegalArgumentException("no " + what + " for this line");
        }
        used.add(f.ref());
        return f.value();
    }
}
