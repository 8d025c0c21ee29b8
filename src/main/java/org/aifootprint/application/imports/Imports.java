package org.aifootprint.application.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.aifootprint.application.NotFound;
import org.aifootprint.domain.imports.BillingLines;
import org.aifootprint.domain.imports.ImportError;
import org.aifootprint.domain.imports.ImportJob;
import org.aifootprint.domain.imports.ImportRepository;
import org.aifootprint.domain.imports.ImportStatus;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.infrastructure.tenancy.TenantContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk imports: an upload is stored, fingerprinted (SHA-256) and queued; a background task imports it
 * all-or-nothing and reports progress on the job. The same file uploaded again while an import of it stands is
 * recorded as a duplicate and imports nothing. An administrator may roll a whole import back.
 */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class Imports {

    @Inject
    private ImportRepository imports;
    @Inject
    private ImportJobs jobs;
    @Inject
    private BillingLines billingLines;
    @Inject
    private org.aifootprint.domain.imports.ProviderEmissions providerEmissions;
    @Inject
    private ImportRunner runner;
    @Inject
    private Clock clock;
    @Resource
    private ManagedExecutorService executor;
    @Resource
    private jakarta.ejb.SessionContext session;
    @Inject
    @ConfigProperty(name = "aif.import.max-bytes", defaultValue = "536870912")
    private long maxBytes;
    @Inject
    @ConfigProperty(name = "aif.import.dir")
    private Optional<String> directory;

    /** Refused because the upload is larger than the configured maximum (answered 413). */
    public static class TooLarge extends RuntimeException {
        public TooLarge(long max) {
            super("The file is larger than the maximum of " + (max / (1024 * 1024)) + " MB (aif.import.max-bytes).");
        }
    }

    @RolesAllowed({"ANALYST", "PROCUREMENT"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob submit(String format, String fileName, InputStream body) {
        return submit(format, fileName, body, null);
    }

    /**
     * @param modelTag for billing exports: the tag (label) key whose value names the model a line is for; null for
     *                 the configured default ({@code aif.import.model-tag}, default {@code ai-model})
     */
    @RolesAllowed({"ANALYST", "PROCUREMENT"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob submit(String format, String fileName, InputStream body, String modelTag) {
        if (!ImportRoute.known(format)) {
            throw InvalidInput.of("format", "unknown format '" + format + "'; supported: " + String.join(", ", ImportRoute.CODES));
        }
        boolean vendorFile = "vendors".equalsIgnoreCase(format == null ? "" : format.trim());
        if (!session.isCallerInRole("ANALYST") && !vendorFile) {
            throw InvalidInput.of("format", "procurement officers import vendor criteria: choose format=vendors");
        }
        if (vendorFile && !session.isCallerInRole("PROCUREMENT")) {
            throw InvalidInput.of("format", "vendor criteria are imported by procurement officers (or administrators)");
        }
        if (modelTag != null && !modelTag.isBlank() && !modelTag.trim().matches("[A-Za-z0-9_.:/@+=-]{1,128}")) {
            throw InvalidInput.of("modelTag", "must be a tag key of at most 128 letters, digits and _ . : / @ + = -");
        }
        Path file;
        String sha256;
        long size;
        try {
            Path dir = Path.of(directory.orElse(System.getProperty("java.io.tmpdir") + "/aif-imports"));
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "upload-", ".csv");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(body, digest); OutputStream out = Files.newOutputStream(file)) {
                size = copy(in, out, file);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (size == 0) {
            deleteQuietly(file);
            throw InvalidInput.of("file", "the upload is empty");
        }
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName;
        String fmt = format == null || format.isBlank() ? "auto" : format.toLowerCase(java.util.Locale.ROOT);
        ImportJob job;
        try {
            job = jobs.queue(fmt, name, sha256, size);
        } catch (RuntimeException concurrentTwin) {
            job = null;
        }
        if (job == null) {
            deleteQuietly(file);
            return jobs.duplicate(fmt, name, sha256, size);
        }
        String tenant = TenantContext.current().orElseThrow();
        String actor = TenantContext.actor();
        long id = job.getId();
        executor.submit(() -> TenantContext.runAs(tenant, actor, () -> runner.run(id, file, fmt, modelTag)));
        return job;
    }

    private long copy(InputStream in, OutputStream out, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                out.close();
                deleteQuietly(file);
                throw new TooLarge(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the temporary directory
        }
    }

    public List<ImportJob> all() {
        return imports.findAll();
    }

    public ImportJob job(long id) {
        return imports.find(id).orElseThrow(() -> new NotFound("Import", id));
    }

    public List<ImportError> errors(long id) {
        job(id);
        return imports.findErrors(id);
    }

    /** What a billing import estimated and what it could not: totals by category and the unmapped SKUs by spend. */
    public record BillingSummary(List<BillingLines.Totals> totals, List<BillingLines.SpendGroup> unmapped) {
    }

    public BillingSummary billingSummary(long id) {
        job(id);
        return new BillingSummary(billingLines.totals(id), billingLines.unmapped(id, 200));
    }

    /** Every billing line of an import with its estimate, in file order (for the lineage CSV). */
    public void billingLines(long id, java.util.function.Consumer<BillingLines.Line> consumer) {
        job(id);
        billingLines.forEach(id, consumer);
    }

    /** Removes everything the import created (each deletion in the audit history) and frees its file for a new upload. */
    @RolesAllowed("ADMIN")
    public ImportJob rollBack(long id) {
        ImportJob job = job(id);
        if (job.getStatus() != ImportStatus.SUCCEEDED) {
            throw InvalidInput.of("status", "only a succeeded import can be rolled back (this one is " + job.getStatus().name().toLowerCase() + ")");
        }
        billingLines.removeOf(id);
        providerEmissions.removeOf(id);
        imports.removeRowsOf(id);
        job.rollBack(TenantContext.actor(), clock.instant());
        return job;
    }
}
