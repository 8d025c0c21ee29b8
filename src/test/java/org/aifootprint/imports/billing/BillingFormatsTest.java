package org.aifootprint.imports.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aifootprint.imports.CsvFiles;
import org.aifootprint.imports.Row;
import org.aifootprint.imports.billing.BillingClassifier.Category;
import org.aifootprint.imports.billing.BillingClassifier.Classified;
import org.aifootprint.imports.billing.BillingClassifier.InstanceType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Each billing dialect read from a small fixture shaped like the provider's export, then classified. */
class BillingFormatsTest {

    static Map<String, InstanceType> instanceTypes() throws IOException {
        Map<String, InstanceType> m = new HashMap<>();
        try (Reader r = Files.newBufferedReader(Path.of("reference-data/cloud-instance-types.csv"));
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                String gpus = rec.get("gpu_count").trim();
                m.put(rec.get("provider") + ":" + rec.get("instance_type").toLowerCase(Locale.ROOT), new InstanceType(rec.get("provider"),
                        rec.get("instance_type"), Integer.parseInt(rec.get("vcpus")), Double.parseDouble(rec.get("memory_gb")),
                        gpus.isEmpty() ? 0 : Integer.parseInt(gpus), rec.get("gpu_code").isBlank() ? null : rec.get("gpu_code"),
                        rec.get("microarchitecture").isBlank() ? null : rec.get("microarchitecture")));
            }
        }
        return m;
    }

    record Read(BillingFormat format, List<BillingLine> lines, List<Classified> classes, List<Row> refused) {
    }

    static Read read(InputStream in) throws IOException {
        try (CSVParser parser = CsvFiles.open(in)) {
            BillingFormat format = BillingFormat.detect(new HashSet<>(parser.getHeaderNames()), null).orElseThrow();
            BillingReader reader = new BillingReader(format, parser.getHeaderNames(), "ai-model", "ai-phase");
            BillingClassifier classifier = new BillingClassifier(instanceTypes());
            List<BillingLine> lines = new ArrayList<>();
            List<Classified> classes = new ArrayList<>();
            List<Row> refused = new ArrayList<>();
            for (CSVRecord record : parser) {
                Row row = new Row(record);
                BillingLine line = reader.read(row);
                if (line == null) {
                    refused.add(row);
                } else {
                    lines.add(line);
                    classes.add(classifier.classify(line));
                }
            }
            return new Read(format, lines, classes, refused);
        }
    }

    static Read fixture(String name) throws IOException {
        try (InputStream in = BillingFormatsTest.class.getResourceAsStream("/billing/" + name)) {
            return read(in);
        }
    }

    @Test
    void focusLinesAreClassifiedByInstanceTypeUnitAndDescription() throws IOException {
        Read r = fixture("focus-1.0.csv");
        assertEquals(BillingFormat.FOCUS, r.format());
        assertTrue(r.refused().isEmpty());
        BillingLine p4d = r.lines().get(0);
        assertEquals("aws", p4d.provider());
        assertEquals("support-assistant", p4d.model());
        assertEquals("fine-tuning", p4d.phase());
        assertEquals(LocalDate.of(2025, 3, 10), p4d.usageDate());
        assertEquals("i-0a1b2c3d4e5f60001", p4d.resourceId());
        Classified c = r.classes().get(0);
        assertEquals(Category.COMPUTE, c.category());
        assertEquals("p4d.24xlarge", c.instanceType());
        assertEquals("nvidia-a100-sxm4-40gb", c.gpuCode());
        assertEquals(96, c.use().vcpuHours(), 1e-9);
        assertEquals(1152, c.use().memoryGbHours(), 1e-9);
        assertEquals(8, c.use().gpuHours(), 1e-9);
        assertTrue(c.aiRelevant());
        assertEquals(Category.COMPUTE, r.classes().get(2).category(), "c5.2xlarge is a CPU instance");
        assertNull(r.classes().get(2).gpuCode());
        assertEquals(Category.STORAGE, r.classes().get(3).category());
        assertEquals(100 * 730 / 1000.0, r.classes().get(3).use().storageTbHours(), 1e-9);
        assertEquals("replication-s3", r.classes().get(3).replication());
        assertEquals("storage-hdd", r.classes().get(3).storageKind());
        assertEquals(Category.NETWORK, r.classes().get(4).category());
        assertEquals(10, r.classes().get(4).use().networkGb(), 1e-9);
        assertEquals(Category.UNMAPPED, r.classes().get(5).category(), "Lambda GB-seconds are not estimated: listed, not dropped");
        assertTrue(r.classes().get(6).aiRelevant(), "an untagged GPU instance is AI-relevant spend, unattributed");
        assertNull(r.lines().get(6).model());
        assertEquals(Category.NOT_USAGE, r.classes().get(7).category());
    }

    @Test
    void awsCurInItsThreeDialects() throws IOException {
        Read legacy = fixture("aws-cur-legacy.csv");
        assertEquals(BillingFormat.AWS_CUR_LEGACY, legacy.format());
        assertEquals("llm-pretrain", legacy.lines().get(0).model());
        assertEquals("training", legacy.lines().get(0).phase());
        assertEquals(Category.COMPUTE, legacy.classes().get(0).category());
        assertEquals("nvidia-h100-sxm5-80gb", legacy.classes().get(0).gpuCode());
        assertEquals(Category.STORAGE, legacy.classes().get(2).category());
        assertEquals("storage-ssd", legacy.classes().get(2).storageKind(), "gp3 is SSD");
        assertEquals("replication-ebs-volume", legacy.classes().get(2).replication());
        assertEquals(Category.NOT_USAGE, legacy.classes().get(3).category(), "credits are not usage");

        Read athena = fixture("aws-cur-athena.csv");
        assertEquals(BillingFormat.AWS_CUR_ATHENA, athena.format());
        assertEquals("vision-qa", athena.lines().get(0).model());
        assertEquals(24, athena.classes().get(0).use().gpuHours(), 1e-9);
        assertEquals("nvidia-l4", athena.classes().get(0).gpuCode());

        Read cur2 = fixture("aws-cur2.csv");
        assertEquals(BillingFormat.AWS_CUR_2, cur2.format());
        assertEquals("vision-qa", cur2.lines().get(0).model(), "CUR 2.0 keeps user tags as user_<key> in the resource_tags map");
        assertEquals(Category.COMPUTE, cur2.classes().get(0).category(), "savings-plan covered usage is usage");
        assertEquals(40, cur2.classes().get(0).use().vcpuHours(), 1e-9);
    }

    @Test
    void gcpPerComponentSkus() throws IOException {
        Read r = fixture("gcp.csv");
        assertEquals(BillingFormat.GCP, r.format());
        assertEquals("ranker", r.lines().get(0).model(), "GCP labels are a key/value list");
        assertEquals(Category.COMPUTE, r.classes().get(0).category());
        assertEquals("nvidia-a100-sxm4-40gb", r.classes().get(0).gpuCode());
        assertEquals(8, r.classes().get(0).use().gpuHours(), 1e-9);
        assertEquals(96, r.classes().get(1).use().vcpuHours(), 1e-9, "345,600 core-seconds = 96 vCPU-hours");
        assertEquals(2.6388279e15 / 1e9 / 3600, r.classes().get(2).use().memoryGbHours(), 1e-6);
        assertEquals(Category.STORAGE, r.classes().get(3).category());
        assertEquals("replication-cloud-storage", r.classes().get(3).replication());
    }

    @Test
    void azureCostDetailsWithUnitMultipliersAndAdditionalInfo() throws IOException {
        Read r = fixture("azure.csv");
        assertEquals(BillingFormat.AZURE, r.format());
        BillingLine vm = r.lines().get(0);
        assertEquals(LocalDate.of(2025, 3, 8), vm.usageDate(), "Azure writes MM/DD/YYYY");
        assertEquals("doc-summariser", vm.model(), "Azure tags may come without braces");
        Classified c = r.classes().get(0);
        assertEquals("Standard_NC24ads_A100_v4", c.instanceType(), "the VM size comes from AdditionalInfo.ServiceType");
        assertEquals(8, c.use().gpuHours(), 1e-9, "0.8 quantity of '10 Hours' = 8 hours of one GPU");
        assertEquals(Category.UNMAPPED, r.classes().get(1).category(), "disk tiers billed per month are listed as unmapped");
    }

    @Test
    void aBadNumberOrDateIsARowErrorNotAZero() throws IOException {
        String csv = "BilledCost,ChargeCategory,ChargePeriodStart,ProviderName,ServiceName,ConsumedQuantity,ConsumedUnit,RegionId\n"
                + "abc,Usage,2025-03-01,AWS,EC2,1,Hours,us-east-1\n"
                + "1.0,Usage,yesterday,AWS,EC2,1,Hours,us-east-1\n"
                + "1.0,Usage,2025-03-01,AWS,EC2,1e400,Hours,us-east-1\n";
        Read r = read(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, r.refused().size());
        assertEquals("BilledCost", r.refused().get(0).errors().get(0).column());
        assertEquals("ChargePeriodStart", r.refused().get(1).errors().get(0).column());
        assertEquals("ConsumedQuantity", r.refused().get(2).errors().get(0).column());
    }

    @Test
    void headerWithoutTheRequiredColumnsMatchesNoDialect() {
        assertTrue(BillingFormat.detect(new HashSet<>(List.of("BilledCost", "ProviderName")), null).isEmpty());
        assertEquals(List.of("chargecategory", "chargeperiodstart", "servicename"),
                BillingFormat.FOCUS.missingFrom(new HashSet<>(List.of("BilledCost", "ProviderName"))));
    }

    /** The public FOCUS 1.0 sample (FinOps Foundation, CC BY 4.0), when ../shared/datasets is present. */
    @Test
    void theFocusSampleReadsCompletelyAndEveryLineIsAccountedFor() throws IOException {
        Path sample = Path.of("../shared/datasets/focus-1.0/focus_sample.csv");
        assumeTrue(Files.exists(sample), "FOCUS sample data not present");
        Read r;
        try (InputStream in = Files.newInputStream(sample)) {
            r = read(in);
        }
        assertEquals(BillingFormat.FOCUS, r.format());
        assertTrue(r.refused().isEmpty(), () -> "refused: " + r.refused().get(0).errors());
        assertEquals(1000, r.lines().size());
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        r.classes().forEach(c -> counts.merge(c.category(), 1, Integer::sum));
        assertEquals(1000, counts.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(counts.getOrDefault(Category.COMPUTE, 0) >= 20, counts::toString);
        assertTrue(counts.getOrDefault(Category.NETWORK, 0) >= 300, counts::toString);
        assertTrue(counts.getOrDefault(Category.STORAGE, 0) >= 50, counts::toString);
        assertTrue(counts.getOrDefault(Category.UNMAPPED, 0) > 0, counts::toString);
        for (int i = 0; i < r.lines().size(); i++) {
            BillingLine l = r.lines().get(i);
            if (l.description() != null && l.description().contains("g5.4xlarge Instance Hour")) {
                assertEquals("nvidia-a10g", r.classes().get(i).gpuCode());
            }
        }
        assertNotNull(r.lines().get(0).usageDate());
    }
}
