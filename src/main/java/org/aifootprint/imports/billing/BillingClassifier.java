package org.aifootprint.imports.billing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aifootprint.calculation.CloudEnergy;
import org.aifootprint.calculation.CloudEnergy.Use;

/**
 * What a billing line used, in the quantities the energy coefficients apply to. Decided by the unit (hours,
 * GB-months, GB, vCPU-hours, byte-seconds…), the instance type (from its column, the usage type, the
 * description or Azure's AdditionalInfo) looked up in the reference mapping of cloud instance types, and for
 * Google Cloud's per-component SKUs the words of the SKU ("Core", "Ram", "GPU"). Anything else is
 * {@link Category#UNMAPPED}: never dropped, listed with its spend so the mapping can be extended.
 */
public final class BillingClassifier {

    public enum Category {
        COMPUTE, STORAGE, NETWORK, UNMAPPED, NOT_USAGE
    }

    /** One instance type of the reference mapping (reference-data/cloud-instance-types.csv). */
    public record InstanceType(String provider, String name, int vcpus, double memoryGb, int gpuCount, String gpuCode, String microarchitecture) {
    }

    /**
     * @param cpuComponent the CCF coefficient key of the CPU (e.g. cpu-skylake, cpu-average)
     * @param storageKind  storage-ssd or storage-hdd; replication the CCF replication key, or null
     */
    public record Classified(Category category, Use use, String instanceType, String gpuCode, String cpuComponent, String storageKind,
            String replication, boolean aiRelevant, String reason) {
    }

    private static final Pattern GPU = Pattern.compile("(?i)gpu");
    private static final Pattern USAGE_CHARGE = Pattern.compile("(?i)usage|discountedusage|savingsplancoveredusage|regular");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern AZURE_SERVICE_TYPE = Pattern.compile("\"ServiceType\"\\s*:\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern GCP_MACHINE = Pattern.compile("\"compute.googleapis.com/machine_spec\"\\s*[,:]\\s*(?:\"value\"\\s*:\\s*)?\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRANSFER = Pattern.compile("(?i)data ?transfer|transfer|egress|ingress|bandwidth|inter-?region|internet|networking|-bytes");
    private static final Pattern SSD = Pattern.compile("(?i)ssd|gp2|gp3|io1|io2|premium|provisioned|pd-balanced|balanced pd|hyperdisk|nvme");
    private static final Pattern AI = Pattern.compile("(?i)sagemaker|bedrock|vertex|machine learning|openai|cognitive|ai platform|tpu|"
            + "comprehend|rekognition|textract|transcribe|polly|gemini|ai services|\\bai\\b");
    private final Map<String, InstanceType> instanceTypes;
    /** Billing files repeat the same few thousand descriptions: text decisions are remembered (bounded). */
    private final Map<String, Boolean> aiCache = new HashMap<>();
    private final Map<String, Boolean> transferCache = new HashMap<>();
    private final Map<String, Boolean> ssdCache = new HashMap<>();
    private final Map<String, Optional<String>> gpuCache = new HashMap<>();
    private final Map<String, Optional<InstanceType>> instanceCache = new HashMap<>();
    private final Map<String, Unit> unitCache = new HashMap<>();
    private final Map<String, Optional<String>> replicationCache = new HashMap<>();
    private static final int CACHE_LIMIT = 20_000;

    private static <V> V memo(Map<String, V> cache, String key, java.util.function.Function<String, V> compute) {
        V v = cache.get(key);
        if (v == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            v = compute.apply(key);
            cache.put(key, v);
        }
        return v;
    }

    /** @param instanceTypes by "provider:instance type" in lower case */
    public BillingClassifier(Map<String, InstanceType> instanceTypes) {
        this.instanceTypes = instanceTypes;
    }

    public Classified classify(BillingLine l) {
        if (l.chargeType() != null && !USAGE_CHARGE.matcher(l.chargeType().replace(" ", "")).matches()) {
            return new Classified(Category.NOT_USAGE, null, null, null, null, null, null, false, "charge type " + l.chargeType());
        }
        // one text per line, hashed once and the key of every remembered decision; opaque SKU ids (FOCUS SkuId, Azure
        // MeterId, GCP sku.id) say nothing and would only multiply the distinct texts
        String text = join(l.provider(), l.instanceType(), l.service(), l.serviceCategory(), descriptive(l.sku()) ? l.sku() : null, l.description(),
                l.extra());
        boolean aiService = memo(aiCache, l.service() + "|" + l.serviceCategory() + "|" + l.description(),
                k -> matches(AI, l.service()) || matches(AI, l.serviceCategory()) || matches(AI, l.description()));
        Unit unit = l.unit() == null ? Unit.of(null) : memo(unitCache, l.unit(), Unit::of);
        double amount = l.quantity() * unit.multiplier();
        boolean timed = unit.kind() == Unit.Kind.HOURS || unit.kind() == Unit.Kind.SECONDS;
        double hours = unit.kind() == Unit.Kind.SECONDS ? amount / 3600 : amount;
        InstanceType instance = timed ? memo(instanceCache, text, k -> Optional.ofNullable(instanceType(l))).orElse(null) : null;
        if (instance != null) {
            Use use = Use.compute(hours * instance.vcpus(), hours * instance.memoryGb(), hours * instance.gpuCount());
            String cpu = instance.microarchitecture() == null ? "cpu-average" : "cpu-" + instance.microarchitecture();
            return new Classified(Category.COMPUTE, use, instance.name(), instance.gpuCount() > 0 ? instance.gpuCode() : null, cpu, null, null,
                    aiService || instance.gpuCount() > 0, null);
        }
        if (unit.kind() == Unit.Kind.VCPU_HOURS) {
            return new Classified(Category.COMPUTE, Use.compute(amount, 0, 0), null, null, "cpu-average", null, null, aiService, null);
        }
        String gpu = timed ? memo(gpuCache, text, k -> Optional.ofNullable(gpuWord(text))).orElse(null) : null;
        boolean gcp = "gcp".equals(l.provider());
        String description = l.description() == null ? "" : l.description().toLowerCase(Locale.ROOT);
        if (gcp && timed) {
            if (gpu != null && description.contains("gpu")) {
                return new Classified(Category.COMPUTE, Use.compute(0, 0, hours), null, gpu, null, null, null, true, null);
            }
            if (description.contains(" core") || description.startsWith("core")) {
                return new Classified(Category.COMPUTE, Use.compute(hours, 0, 0), null, null, "cpu-average", null, null, aiService, null);
            }
        }
        if (gcp && (unit.kind() == Unit.Kind.GB_HOURS || unit.kind() == Unit.Kind.BYTE_SECONDS) && description.contains("ram")) {
            double gbHours = unit.kind() == Unit.Kind.BYTE_SECONDS ? amount / 1e9 / 3600 : amount;
            return new Classified(Category.COMPUTE, Use.compute(0, gbHours, 0), null, null, null, null, null, aiService, null);
        }
        if (gpu != null && matches(GPU, text)) {
            return new Classified(Category.COMPUTE, Use.compute(0, 0, hours), null, gpu, null, null, null, true, null);
        }
        boolean transfer = memo(transferCache, text, k -> matches(TRANSFER, text));
        if (unit.kind() == Unit.Kind.GB_MONTHS || (unit.kind() == Unit.Kind.BYTE_SECONDS && !transfer)) {
            double gbMonths = unit.kind() == Unit.Kind.BYTE_SECONDS ? amount / 1e9 / HOURS_PER_MONTH_SECONDS : amount;
            boolean ssd = memo(ssdCache, text, k -> matches(SSD, text));
            return new Classified(Category.STORAGE, Use.storage(gbMonths * CloudEnergy.HOURS_PER_MONTH / 1000, ssd),
                    null, null, null, ssd ? "storage-ssd" : "storage-hdd",
                    memo(replicationCache, text, k -> Optional.ofNullable(replication(l.provider(), text))).orElse(null), aiService, null);
        }
        if ((unit.kind() == Unit.Kind.GB || unit.kind() == Unit.Kind.BYTES) && transfer) {
            double gb = unit.kind() == Unit.Kind.BYTES ? amount / 1e9 : amount;
            return new Classified(Category.NETWORK, Use.network(gb), null, null, null, null, null, aiService, null);
        }
        String why = timed ? "no instance type of the mapping recognised" : "unit '" + (l.unit() == null ? "" : l.unit()) + "' not estimated";
        return new Classified(Category.UNMAPPED, null, null, null, null, null, null, aiService, why);
    }

    private static final double HOURS_PER_MONTH_SECONDS = CloudEnergy.HOURS_PER_MONTH * 3600;

    private InstanceType instanceType(BillingLine l) {
        String p = l.provider() == null ? "" : l.provider();
        if (l.instanceType() != null) {
            InstanceType t = instanceTypes.get(p + ":" + l.instanceType().toLowerCase(Locale.ROOT));
            if (t != null) {
                return t;
            }
        }
        if (l.extra() != null) {
            Matcher m = (p.equals("azure") ? AZURE_SERVICE_TYPE : GCP_MACHINE).matcher(l.extra());
            if (m.find()) {
                InstanceType t = instanceTypes.get(p + ":" + m.group(1).toLowerCase(Locale.ROOT));
                if (t != null) {
                    return t;
                }
            }
        }
        for (String field : new String[] {l.sku(), l.description(), l.extra()}) {
            if (field == null) {
                continue;
            }
            Matcher m = TOKEN.matcher(field);
            while (m.find()) {
                String token = m.group().toLowerCase(Locale.ROOT);
                InstanceType t = instanceTypes.get(p + ":" + token);
                if (t == null && token.contains(":")) {
                    t = instanceTypes.get(p + ":" + token.substring(token.lastIndexOf(':') + 1));
                }
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String replication(String provider, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (provider == null ? "" : provider) {
            case "aws" -> t.contains("snapshot") ? "replication-ebs-snapshot" : t.contains("ebs") || t.contains("volume") ? "replication-ebs-volume"
                    : t.contains("elastic file") || t.contains("efs") ? "replication-efs" : t.contains("s3") || t.contains("simple storage")
                            ? "replication-s3" : null;
            case "gcp" -> t.contains("cloud storage") ? "replication-cloud-storage" : t.contains("regional") ? "replication-regional-disk" : null;
            case "azure" -> t.contains("disk") ? "replication-disks" : t.contains("grs") ? "replication-storage-grs"
                    : t.contains("storage") ? "replication-storage-lrs" : null;
            default -> null;
        };
    }

    private static String gpuWord(String text) {
        return GpuNames.codeOf(text);
    }

    private static final Pattern OPAQUE_ID = Pattern.compile("[A-Z0-9-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]+");

    /** Whether a SKU field says something (an AWS usage type such as USE1-BoxUsage:g5.xlarge) rather than being an id. */
    static boolean descriptive(String sku) {
        return sku != null && !OPAQUE_ID.matcher(sku).matches();
    }

    private static boolean matches(Pattern p, String s) {
        return s != null && p.matcher(s).find();
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(p).append(' ');
            }
        }
        return b.toString();
    }

    /** A billing unit as a kind and a multiplier ("10 Hours" is 10 hours per unit). */
    record Unit(Kind kind, double multiplier) {
        enum Kind {
            HOURS, SECONDS, VCPU_HOURS, GB_HOURS, GB_MONTHS, GB, BYTES, BYTE_SECONDS, OTHER
        }

        private static final Pattern LEADING = Pattern.compile("^\\s*([0-9][0-9,.]*)\\s+(.*)$");

        static Unit of(String raw) {
            if (raw == null) {
                return new Unit(Kind.OTHER, 1);
            }
            String s = raw.trim().toLowerCase(Locale.ROOT);
            double multiplier = 1;
            Matcher m = LEADING.matcher(s);
            if (m.matches()) {
                try {
                    multiplier = Double.parseDouble(m.group(1).replace(",", ""));
                } catch (NumberFormatException e) {
                    multiplier = 1;
                }
                s = m.group(2).trim();
            }
            String c = s.replace(" ", "").replace("gibibyte", "gb").replace("gigabyte", "gb").replace("gib", "gb");
            Kind kind = switch (c) {
                case "hours", "hour", "hrs", "hr", "h", "instance-hours", "instancehours", "units/hour" -> Kind.HOURS;
                case "seconds", "second", "s", "sec" -> Kind.SECONDS;
                case "vcpu-hours", "vcpu-hour", "vcpuhours", "vcpuhour", "vcpu-hrs" -> Kind.VCPU_HOURS;
                case "gb-hours", "gbhours", "gb-hour", "gbhour", "gb-hrs" -> Kind.GB_HOURS;
                case "gb-mo", "gb-month", "gb-months", "gb/month", "gbmonth", "gbmonths", "gb-mon" -> Kind.GB_MONTHS;
                case "gb", "gbs" -> Kind.GB;
                case "bytes", "byte" -> Kind.BYTES;
                case "byte-seconds", "bytesecond", "byte-second", "byteseconds" -> Kind.BYTE_SECONDS;
                case "tb", "tbs" -> {
                    multiplier *= 1000;
                    yield Kind.GB;
                }
                case "tb/month", "tb-mo", "tb-month", "tbmonth" -> {
                    multiplier *= 1000;
                    yield Kind.GB_MONTHS;
                }
                default -> Kind.OTHER;
            };
            return new Unit(kind, multiplier);
        }
    }
}
