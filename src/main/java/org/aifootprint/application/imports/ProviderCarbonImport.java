package org.aifootprint.application.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aifootprint.domain.imports.ProviderEmissions;
import org.aifootprint.imports.CountingInputStream;
import org.aifootprint.imports.CsvFiles;
import org.aifootprint.imports.carbon.ProviderCarbonFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Imports a provider's carbon export all-or-nothing as provider-reported figures: stored apart, never added to the
 * footprint, compared with it in the reconciliation.
 */
@Stateless
public class ProviderCarbonImport {

    @Inject
    private ProviderEmissions emissions;
    @Inject
    private ImportProgress progress;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TemplateImport.Result importFile(long jobId, Path file) {
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file)); CSVParser parser = CsvFiles.open(in)) {
            Set<String> header = new HashSet<>(parser.getHeaderNames());
            ProviderCarbonFormat format = ProviderCarbonFormat.detect(header).orElseThrow(() -> new ImportRejected(
                    "The file is not a provider carbon export: AWS needs " + ProviderCarbonFormat.AWS.required() + ", Google Cloud "
                            + ProviderCarbonFormat.GCP.required() + ", Microsoft " + ProviderCarbonFormat.MICROSOFT.required() + ". Header read: " + header,
                    List.of(), 0, 0, null));
            ProviderCarbonFormat.Reader reader = format.reader(parser.getHeaderNames());
            List<ProviderEmissions.Reported> rows = new ArrayList<>();
            long read = RowLoop.readAll(parser, format.label(), row -> {
                for (ProviderCarbonFormat.Emission e : reader.read(row)) {
                    rows.add(new ProviderEmissions.Reported(jobId, e.line(), e.measure().name(), e.provider(), e.month(), e.account(), e.service(),
                            e.region(), e.kgCo2e(), e.modelVersion()));
                }
            }, n -> progress.progress(jobId, n, in.count()));
            emissions.store(rows);
            return new TemplateImport.Result(format.label(), read, read, read + (read == 1 ? " row" : " rows") + " read as " + format.label() + ": " + rows.size()
                    + " provider-reported figures stored for the reconciliation (kept apart from this product's estimates).");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw RowLoop.unreadable(e);
        }
    }
}
