package org.aifootprint.application.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs one queued import in the background: start, import all-or-nothing, record the outcome. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Inject
    private ImportProgress progress;
    @Inject
    private TemplateImport templates;
    @Inject
    private BillingImport billing;
    @Inject
    private ProviderCarbonImport providerCarbon;

    public void run(long jobId, Path file, String format, String modelTag) {
        progress.start(jobId);
        try {
            TemplateImport.Result result = switch (ImportRoute.of(file, format)) {
                case TEMPLATE -> templates.importFile(jobId, file, format);
                case BILLING -> billing.importFile(jobId, file, format, modelTag);
                case PROVIDER_CARBON -> providerCarbon.importFile(jobId, file);
            };
            if (result.outcome() == null) {
                progress.succeed(jobId, result.format(), result.rowsRead(), result.rowsImported());
            } else {
                progress.succeed(jobId, result.format(), result.rowsRead(), result.rowsImported(), result.outcome());
            }
        } catch (ImportRejected rejected) {
            progress.fail(jobId, rejected.detectedFormat(), rejected.rowsRead(), rejected.rowsRejected(), rejected.getMessage(), rejected.errors());
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "Import " + jobId + " failed unexpectedly", unexpected);
            progress.fail(jobId, null, 0, 0, "The import failed unexpectedly (" + unexpected.getClass().getSimpleName()
                    + "); nothing was imported. Quote import " + jobId + " to your administrator.", List.of());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning("Could not delete " + file + ": " + e.getMessage());
            }
        }
    }
}
