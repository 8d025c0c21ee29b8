package org.aifootprint.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.aifootprint.application.imports.BillingPipeline;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.imports.BillingLines;
import org.aifootprint.imports.CsvFiles;
import org.aifootprint.imports.Row;
import org.aifootprint.imports.billing.BillingFormat;
import org.aifootprint.infrastructure.persistence.JdbcBillingLines;
import org.aifootprint.infrastructure.referencedata.CloudInstanceTypes;
import org.aifootprint.infrastructure.referencedata.ReferenceDataLoader;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;

/**
 * Billing import benchmark (bench/billing-import.sh): generates a FOCUS file of N rows (default 1,000,000), then in
 * one JVM times (a) Commons CSV parsing alone, every cell read, and (b) the import's line path — the same
 * {@link BillingPipeline} (read, classify, estimate with the shipped CCF coefficients) and the same JDBC batches
 * ({@link JdbcBillingLines#insert}) into PostgreSQL, in one transaction, as the application runs it. Reports
 * rows/s, the ratio b/a (medians of three runs of each, -Druns=N) and the peak heap of each phase.
 */
public final class BillingImportBench {

    private static final String[] HEADER = {"BilledCost", "BillingAccountId", "BillingCurrency", "BillingPeriodStart", "BillingPeriodEnd",
            "ChargeCategory", "ChargeDescription", "ChargePeriodStart", "ChargePeriodEnd", "ConsumedQuantity", "ConsumedUnit", "EffectiveCost",
            "ProviderName", "PublisherName", "RegionId", "ResourceId", "ServiceCategory", "ServiceName", "SkuId", "Tags"};

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(System.getProperty("rows", "1000000"));
        Path file = Path.of(System.getProperty("file", "target/bench/focus-" + rows + ".csv"));
        String url = System.getProperty("db.url", "jdbc:postgresql://127.0.0.1:5432/aif_bench?reWriteBatchedInserts=true");
        String user = System.getProperty("db.user", "postgres");
        if (!Files.exists(file)) {
            generate(file, rows);
        }
        System.out.printf(Locale.ROOT, "file: %s, %d rows, %.1f MB; max heap %d MB%n", file, rows, Files.size(file) / 1e6,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        // warm-up on a slice so that both phases run compiled code
        parseOnly(file, 50_000);

        int runs = Integer.getInteger("runs", 3);
        prepareDatabase(url, user);
        FactorTable table = ReferenceDataLoader.shippedTable(Instant.now());
        var instanceTypes = new CloudInstanceTypes().all();
        double[] parseSeconds = new double[runs];
        double[] importSeconds = new double[runs];
        long parsePeakMb = 0;
        long importPeakMb = 0;
        long parsed = 0;
        long imported = 0;
        int aggregates = 0;
        for (int run = 0; run < runs; run++) {
            resetPeaks();
            long t0 = System.nanoTime();
            parsed = parseOnly(file, Long.MAX_VALUE);
            parseSeconds[run] = (System.nanoTime() - t0) / 1e9;
            parsePeakMb = Math.max(parsePeakMb, peakHeapMb());

            resetPeaks();
            long t1 = System.nanoTime();
            long[] counts = importOnce(file, url, user, table, instanceTypes);
            importSeconds[run] = (System.nanoTime() - t1) / 1e9;
            importPeakMb = Math.max(importPeakMb, peakHeapMb());
            imported = counts[0];
            aggregates = (int) counts[1];
            System.out.printf(Locale.ROOT, "run %d: parse %.2f s, import %.2f s, ratio %.2f%n", run + 1, parseSeconds[run], importSeconds[run],
                    importSeconds[run] / parseSeconds[run]);
        }
        double a = median(parseSeconds);
        double b = median(importSeconds);
        System.out.printf(Locale.ROOT, "(a) parse only : %,d rows, median of %d runs %.2f s = %,.0f rows/s, peak heap %d MB%n", parsed, runs, a,
                parsed / a, parsePeakMb);
        System.out.printf(Locale.ROOT, "(b) full import: %,d rows, median of %d runs %.2f s = %,.0f rows/s, peak heap %d MB (%d usage aggregates)%n",
                imported, runs, b, imported / b, importPeakMb, aggregates);
        System.out.printf(Locale.ROOT, "ratio b/a = %.2f (target <= 2.5)%n", b / a);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** One import of the file into a new import job, committed; returns {lines, usage aggregates}. */
    private static long[] importOnce(Path file, String url, String user, FactorTable table,
            java.util.Map<String, org.aifootprint.imports.billing.BillingClassifier.InstanceType> instanceTypes) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            long importId = newImportJob(c);
            BillingLines.Writer writer = Boolean.getBoolean("nodb") ? new BillingLines.Writer() {
                public void add(BillingLines.Line line) {
                }

                public void flush() {
                }

                public void abort() {
                }
            } : new JdbcBillingLines.ConnectionWriter(c, "bench", importId, false);
            long count = 0;
            BillingPipeline pipeline;
            try (InputStream in = Files.newInputStream(file); CSVParser parser = CsvFiles.open(in)) {
                pipeline = new BillingPipeline(BillingFormat.FOCUS, parser.getHeaderNames(), "ai-model", table, instanceTypes, writer::add);
                for (CSVRecord record : parser) {
                    Row row = new Row(record);
                    pipeline.accept(row);
                    if (!row.errors().isEmpty()) {
                        throw new IllegalStateException("line " + row.line() + ": " + row.errors());
                    }
                    count++;
                }
            }
            writer.flush();
            c.commit();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from billing_line where import_id = " + importId)) {
                rs.next();
                if (rs.getLong(1) != count && !Boolean.getBoolean("nodb")) {
                    throw new IllegalStateException("wrote " + rs.getLong(1) + " of " + count + " lines");
                }
            }
            return new long[] {count, pipeline.aggregates().size()};
        }
    }

    private static long parseOnly(Path file, long limit) throws IOException {
        long n = 0;
        long chars = 0;
        try (InputStream in = Files.newInputStream(file); CSVParser parser = CsvFiles.open(in)) {
            for (CSVRecord record : parser) {
                for (String cell : record) {
                    chars += cell.length();
                }
                if (++n >= limit) {
                    break;
                }
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("nothing read");
        }
        return n;
    }

    private static void prepareDatabase(String url, String user) throws SQLException {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String admin = base.substring(0, base.lastIndexOf('/') + 1) + "postgres";
        String name = base.substring(base.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        }
        Flyway.configure().dataSource(url, user, "").locations("filesystem:db-scripts").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute("insert into tenant (id, name, created_at) values ('bench', 'Benchmark', current_timestamp)");
        }
    }

    private static long newImportJob(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into import_job (tenant_id, format, file_name, sha256, size_bytes, status, created_by, "
                + "created_at) values ('bench', 'focus', 'bench.csv', ?, 0, 'RUNNING', 'bench', current_timestamp)", new String[] {"id"})) {
            ps.setString(1, "0".repeat(64));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** A FOCUS 1.0 file shaped like real exports: GPU and CPU instance hours, storage, transfer, unmapped services, taxes. */
    static void generate(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(42);
        String[][] regions = {{"AWS", "us-east-1"}, {"AWS", "us-west-2"}, {"AWS", "eu-west-1"}, {"AWS", "eu-central-1"}, {"Google Cloud", "us-central1"},
                {"Google Cloud", "europe-west4"}, {"Microsoft", "westeurope"}, {"Microsoft", "eastus"}};
        String[] gpu = {"p4d.24xlarge", "g5.4xlarge", "g6.xlarge", "p5.48xlarge", "g4dn.xlarge"};
        String[] cpu = {"m5.xlarge", "c5.2xlarge", "r5.xlarge", "m6i.2xlarge", "t3.medium"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER));
            w.write('\n');
            LocalDate month = LocalDate.of(2025, 3, 1);
            for (int i = 0; i < rows; i++) {
                String[] region = regions[random.nextInt(regions.length)];
                boolean aws = region[0].equals("AWS");
                String day = month.plusDays(random.nextInt(31)).toString();
                String model = random.nextInt(10) < 6 ? "model-" + random.nextInt(20) : null;
                String tags = model == null ? "\"{\"\"team\"\": \"\"web\"\"}\"" : "\"{\"\"ai-model\"\": \"\"" + model + "\"\", \"\"team\"\": \"\"ml\"\"}\"";
                int kind = random.nextInt(100);
                String category = "Usage";
                String description;
                String quantity;
                String unit;
                String service;
                String serviceCategory;
                if (kind < 30) {
                    String t = aws ? gpu[random.nextInt(gpu.length)] : region[0].equals("Google Cloud") ? "a2-highgpu-1g" : "Standard_NC24ads_A100_v4";
                    description = "On Demand Linux " + t + " Instance Hour";
                    quantity = "1";
                    unit = "Hours";
                    service = "Compute Engine";
                    serviceCategory = "Compute";
                } else if (kind < 50) {
                    String t = aws ? cpu[random.nextInt(cpu.length)] : region[0].equals("Google Cloud") ? "n2-standard-4" : "Standard_D4s_v5";
                    description = "On Demand Linux " + t + " Instance Hour";
                    quantity = String.format(Locale.ROOT, "%.4f", random.nextDouble());
                    unit = "Hours";
                    service = "Compute Engine";
                    serviceCategory = "Compute";
                } else if (kind < 70) {
                    description = random.nextBoolean() ? "GB-month of General Purpose (gp3) provisioned storage" : "GB-month of storage used - Standard";
                    quantity = String.format(Locale.ROOT, "%.3f", random.nextDouble() * 500);
                    unit = "GB-Months";
                    service = "Simple Storage Service";
                    serviceCategory = "Storage";
                } else if (kind < 95) {
                    description = "per GB - data transfer out beyond the global free tier";
                    quantity = String.format(Locale.ROOT, "%.6f", random.nextDouble() * 10);
                    unit = "GB";
                    service = "Data Transfer";
                    serviceCategory = "Networking";
                } else if (kind < 99) {
                    description = "Lambda - Total Compute";
                    quantity = String.format(Locale.ROOT, "%.3f", random.nextDouble() * 1000);
                    unit = "Lambda-GB-Seconds";
                    service = "AWS Lambda";
                    serviceCategory = "Compute";
                } else {
                    category = "Tax";
                    description = "Tax";
                    quantity = "NULL";
                    unit = "NULL";
                    service = "Tax";
                    serviceCategory = "Other";
                }
                String cost = String.format(Locale.ROOT, "%.6f", random.nextDouble() * 30);
                w.write(String.join(",", cost, "111122223333", "USD", "2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", category,
                        "\"" + description + "\"", day + "T00:00:00Z", day + "T01:00:00Z", quantity, unit, cost, region[0], region[0], region[1],
                        "r-" + Integer.toHexString(random.nextInt()), serviceCategory, "\"" + service + "\"", "SKU" + random.nextInt(5000), tags));
                w.write('\n');
            }
        }
    }
}
