package org.aifootprint.application.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.aifootprint.calculation.CloudEnergy;
import org.aifootprint.calculation.Factor;
import org.aifootprint.domain.factor.FactorCategory;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.imports.BillingLines;
import org.aifootprint.domain.usage.Phase;
import org.aifootprint.imports.Row;
import org.aifootprint.imports.billing.BillingClassifier;
import org.aifootprint.imports.billing.BillingClassifier.Category;
import org.aifootprint.imports.billing.BillingClassifier.Classified;
import org.aifootprint.imports.billing.BillingClassifier.InstanceType;
import org.aifootprint.imports.billing.BillingFormat;
import org.aifootprint.imports.billing.BillingLine;
import org.aifootprint.imports.billing.BillingReader;

/**
 * The line-by-line path of a billing import, free of the container (the benchmark drives it as the import does):
 * read a row ({@link BillingReader}), classify it ({@link BillingClassifier}), estimate its IT energy with the
 * coefficients of one factor table ({@link CloudEnergy}), hand the kept line to a writer, and add attributed
 * estimates to the aggregate of their model, phase, region, hardware and month.
 */
public final class BillingPipeline {

    /** The tag whose value names the phase (training, inference…); lines without it count as inference. */
    public static final String PHASE_TAG = "ai-phase";

    private final BillingReader reader;
    private final BillingClassifier classifier;
    private final FactorTable table;
    private final Consumer<BillingLines.Line> writer;
    private final Map<String, Aggregate> aggregates = new LinkedHashMap<>();
    /** The same few regions and coefficient combinations recur on every line: looked up once each. */
    private final Map<String, Boolean> knownRegions = new java.util.HashMap<>();
    private final Map<String, CloudEnergy.Coefficients> coefficientCache = new java.util.HashMap<>();

    public BillingPipeline(BillingFormat format, List<String> header, String modelTag, FactorTable table, Map<String, InstanceType> instanceTypes,
            Consumer<BillingLines.Line> writer) {
        this.reader = new BillingReader(format, header, modelTag, PHASE_TAG);
        this.classifier = new BillingClassifier(instanceTypes);
        this.table = table;
        this.writer = writer;
    }

    /** Reads, estimates and writes one row; a row that cannot be read gets its reasons and writes nothing. */
    public void accept(Row row) {
        BillingLine line = reader.read(row);
        Phase phase = line == null ? null : phase(line, row);
        if (line != null && row.errors().isEmpty()) {
            writer.accept(estimate(line, phase, classifier.classify(line)));
        }
    }

    /**
     * The attributed estimates (one per model, phase, region, hardware and month) by usage key — their ordinal in
     * the file, as written on each of their lines — in order of first line.
     */
    public Map<String, Aggregate> aggregates() {
        return aggregates;
    }

    /** Sums of the estimated lines that become one usage record. */
    /** What one usage record sums: looked up without building its text key on every line. */
    private record AggregateKey(String model, Phase phase, String provider, String region, String hardware, YearMonth month) {
    }

    private final Map<AggregateKey, Aggregate> byKey = new java.util.HashMap<>();

    public static final class Aggregate {
        String key;
        final String model;
        final Phase phase;
        final String provider;
        final String region;
        final String hardware;
        final YearMonth month;
        final long firstLine;
        LocalDate first;
        LocalDate last;
        double kwh;
        double lowKwh;
        double highKwh;
        double deviceHours;
        final Set<String> factors = new LinkedHashSet<>();

        Aggregate(String model, Phase phase, String provider, String region, String hardware, YearMonth month, long firstLine, LocalDate day) {
            this.model = model;
            this.phase = phase;
            this.provider = provider;
            this.region = region;
            this.hardware = hardware;
            this.month = month;
            this.firstLine = firstLine;
            this.first = day;
            this.last = day;
        }
    }

    private static Phase phase(BillingLine line, Row row) {
        if (line.phase() == null) {
            return Phase.INFERENCE;
        }
        return Phase.fromCode(line.phase()).orElseGet(() -> {
            row.refuse(PHASE_TAG, "tag " + PHASE_TAG + "='" + line.phase() + "' must be training, fine-tuning, inference, experimentation or idle");
            return null;
        });
    }

    private BillingLines.Line estimate(BillingLine l, Phase phase, Classified c) {
        Category category = c.category();
        String reason = c.reason();
        CloudEnergy.Estimate estimate = null;
        String hardware = null;
        double deviceHours = 0;
        if (category == Category.COMPUTE || category == Category.STORAGE || category == Category.NETWORK) {
            String regionKey = l.provider() + ":" + (l.region() == null ? "" : l.region().toLowerCase(Locale.ROOT));
            if (l.region() == null || !knownRegions.computeIfAbsent(regionKey,
                    k -> table.find(FactorCategory.CLOUD_PUE, k).isPresent() || table.isCloudRegion(k))) {
                category = Category.UNMAPPED;
                reason = l.region() == null ? "no region on the line" : "region " + regionKey + " is not in the reference cloud regions";
            } else {
                try {
                    String coefficientKey = l.provider() + "|" + c.cpuComponent() + "|" + c.storageKind() + "|" + c.replication() + "|" + c.gpuCode();
                    CloudEnergy.Coefficients coefficients = coefficientCache.get(coefficientKey);
                    if (coefficients == null) {
                        coefficients = coefficients(table, l.provider(), c);
                        coefficientCache.put(coefficientKey, coefficients);
                    }
                    estimate = CloudEnergy.estimate(c.use(), coefficients, null);
                    hardware = category == Category.STORAGE ? "cloud-storage" : category == Category.NETWORK ? "cloud-network"
                            : c.gpuCode() != null ? c.gpuCode() : "cloud-vcpu";
                    deviceHours = category == Category.COMPUTE ? (c.gpuCode() != null ? c.use().gpuHours() : c.use().vcpuHours()) : 0;
                } catch (IllegalArgumentException missing) {
                    category = Category.UNMAPPED;
                    reason = missing.getMessage() + " (provider " + l.provider() + ")";
                }
            }
        }
        String key = null;
        if (estimate != null && l.model() != null) {
            YearMonth month = YearMonth.from(l.usageDate());
            String region = l.region().toLowerCase(Locale.ROOT);
            AggregateKey k = new AggregateKey(l.model(), phase, l.provider(), region, hardware, month);
            Aggregate a = byKey.get(k);
            if (a == null) {
                a = new Aggregate(l.model(), phase, l.provider(), region, hardware, month, l.line(), l.usageDate());
                a.key = String.valueOf(aggregates.size() + 1); // short: stored on every line of the usage record
                byKey.put(k, a);
                aggregates.put(a.key, a);
            }
            key = a.key;
            a.kwh += estimate.kwh();
            a.lowKwh += estimate.lowKwh();
            a.highKwh += estimate.highKwh();
            a.deviceHours += deviceHours;
            a.factors.addAll(estimate.factors());
            a.first = l.usageDate().isBefore(a.first) ? l.usageDate() : a.first;
            a.last = l.usageDate().isAfter(a.last) ? l.usageDate() : a.last;
        }
        // the description repeats the SKU's: kept where a person must read it (lines not estimated)
        String description = category == Category.UNMAPPED || category == Category.NOT_USAGE ? l.description() : null;
        return new BillingLines.Line(l.line(), l.provider(), l.service(), l.region(), l.sku(), description, l.resourceId(), l.usageDate(),
                l.quantity(), l.unit(), l.cost(), l.currency(), c.instanceType() != null ? c.instanceType() : l.instanceType(), l.model(),
                l.model() == null ? null : phase.code(), category.name(), c.aiRelevant() || l.model() != null,
                estimate == null ? null : estimate.kwh(), hardware, estimate == null ? null : deviceHours, key, null, reason);
    }

    private static CloudEnergy.Coefficients coefficients(FactorTable table, String provider, Classified c) {
        Factor cpuMin = null;
        Factor cpuMax = null;
        if (c.cpuComponent() != null) {
            String cpu = table.find(FactorCategory.CLOUD_POWER_MIN, provider + ":" + c.cpuComponent()).isPresent() ? c.cpuComponent() : "cpu-average";
            cpuMin = f(table, FactorCategory.CLOUD_POWER_MIN, provider + ":" + cpu);
            cpuMax = f(table, FactorCategory.CLOUD_POWER_MAX, provider + ":" + cpu);
        }
        return new CloudEnergy.Coefficients(cpuMin, cpuMax, f(table, FactorCategory.CLOUD_POWER_MIN, provider + ":memory"),
                c.storageKind() == null ? null : f(table, FactorCategory.CLOUD_POWER_MIN, provider + ":" + c.storageKind()),
                c.replication() == null ? null : f(table, FactorCategory.CLOUD_POWER_MIN, provider + ":" + c.replication()),
                f(table, FactorCategory.CLOUD_POWER_MIN, provider + ":network"),
                c.gpuCode() == null ? null : f(table, FactorCategory.HARDWARE_IDLE, c.gpuCode()),
                c.gpuCode() == null ? null : f(table, FactorCategory.HARDWARE_TDP, c.gpuCode()));
    }

    private static Factor f(FactorTable table, FactorCategory category, String key) {
        return table.find(category, key).map(v -> new Factor(v.id(), v.version(), v.value(), v.unit(), v.source())).orElse(null);
    }

}
