package org.aifootprint.application.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aifootprint.application.factor.Factors;
import org.aifootprint.application.model.ModelInput;
import org.aifootprint.application.model.Models;
import org.aifootprint.application.usage.Usage;
import org.aifootprint.application.usage.UsageInput;
import org.aifootprint.calculation.CloudEnergy;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.imports.BillingLines;
import org.aifootprint.domain.model.AiModelRepository;
import org.aifootprint.domain.model.ModelStatus;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.usage.ComputeUsage;
import org.aifootprint.domain.usage.DataSource;
import org.aifootprint.imports.CountingInputStream;
import org.aifootprint.imports.CsvFiles;
import org.aifootprint.imports.RowError;
import org.aifootprint.imports.billing.BillingFormat;
import org.aifootprint.infrastructure.referencedata.CloudInstanceTypes;
import org.apache.commons.csv.CSVParser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports one cloud billing export (FOCUS, AWS CUR, GCP, Azure) in a single transaction. Each line is read,
 * classified (compute, storage, network, unmapped, not usage), estimated with the CCF coefficients of the factor
 * set in force ({@link CloudEnergy}) and kept as a billing line; the estimated lines a model tag attributes are
 * summed per model, phase, cloud region, hardware and month into usage records (data source billing, tier
 * estimated) that the footprint then treats like any other. Unattributed AI spend and unmapped SKUs are counted
 * and listed, never dropped. Any unreadable line refuses the whole file.
 */
@Stateless
public class BillingImport {

    /** The tag (label) whose value names the model a line is for; overridable per upload. */
    public static final String DEFAULT_MODEL_TAG = "ai-model";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private ImportProgress progress;
    @Inject
    private BillingLines billingLines;
    @Inject
    private CloudInstanceTypes instanceTypes;
    @Inject
    private Factors factors;
    @Inject
    private Usage usage;
    @Inject
    private Models models;
    @Inject
    private AiModelRepository modelRepository;
    @Inject
    private CloudRegionFacilities regions;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "aif.import.model-tag", defaultValue = DEFAULT_MODEL_TAG)
    private String configuredModelTag;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TemplateImport.Result importFile(long jobId, Path file, String requestedCode, String modelTag) {
        String tagKey = modelTag == null || modelTag.isBlank() ? configuredModelTag : modelTag.trim();
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file)); CSVParser parser = CsvFiles.open(in)) {
            Set<String> header = new HashSet<>(parser.getHeaderNames());
            BillingFormat format = detect(header, requestedCode);
            FactorTable table = factors.table(null, clock.instant());
            BillingLines.Writer writer = billingLines.writer(jobId);
            boolean written = false;
            BillingPipeline pipeline = new BillingPipeline(format, parser.getHeaderNames(), tagKey, table, instanceTypes.all(), writer::add);
            long read = 0;
            try {
                read = RowLoop.readAll(parser, format.label(), pipeline::accept, n -> progress.progress(jobId, n, in.count()));
                writer.flush();
                written = true;
            } finally {
                if (!written) {
                    writer.abort();
                }
            }
            progress.stage(jobId, String.format(Locale.ROOT, "All %,d lines read and kept; making %,d usage records of the lines tagged '%s'…", read,
                    pipeline.aggregates().size(), tagKey));
            long created = createUsage(jobId, pipeline.aggregates(), read, format);
            em.flush();
            return new TemplateImport.Result(format.label(), read, read, outcome(jobId, format, read, created, tagKey));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw RowLoop.unreadable(e);
        }
    }

    static BillingFormat detect(Set<String> header, String requestedCode) {
        String code = requestedCode == null || requestedCode.isBlank() || requestedCode.equalsIgnoreCase("auto") ? null : requestedCode;
        return BillingFormat.detect(header, code).orElseThrow(() -> {
            if (code == null) {
                return new ImportRejected("No known format matches the header. Header read: " + header, List.of(), 0, 0, null);
            }
            BillingFormat closest = BillingFormat.closest(header, code);
            return new ImportRejected("The file is not in the " + code + " format (" + closest.label() + "): required columns "
                    + closest.missingFrom(header) + " are missing.", List.of(), 0, 0, null);
        });
    }

    /** One usage record per aggregate, through the same use case and rules as a form; refusals refuse the file. */
    private long createUsage(long jobId, Map<String, BillingPipeline.Aggregate> aggregates, long read, BillingFormat format) {
        List<RowError> errors = new ArrayList<>();
        long created = 0;
        for (Map.Entry<String, BillingPipeline.Aggregate> e : aggregates.entrySet()) {
            BillingPipeline.Aggregate a = e.getValue();
            try {
                String facility = regions.ensure(a.provider, a.region, jobId, a.firstLine);
                ensureModel(a.model, jobId, a.firstLine);
                LocalDate start = a.month.atDay(1);
                LocalDate end = a.month.atEndOfMonth();
                double periodHours = (ChronoUnit.DAYS.between(start, end) + 1) * 24.0;
                int devices = a.deviceHours > 0 ? (int) Math.max(1, Math.ceil(a.deviceHours / periodHours - 1e-9)) : 1;
                double hours = a.deviceHours > 0 ? a.deviceHours / devices : periodHours;
                UsageInput in = new UsageInput();
                in.setModel(a.model);
                in.setPhase(a.phase.code());
                in.setPeriodStart(start);
                in.setPeriodEnd(end);
                in.setFacility(facility);
                in.setHardware(a.hardware);
                in.setDeviceCount(devices);
                in.setHours(Math.min(hours, periodHours));
                in.setEnergyKwh(a.kwh);
                ComputeUsage record = usage.create(in, DataSource.BILLING_IMPORT);
                record.estimatedFromBilling(a.kwh, a.lowKwh, a.highKwh, String.join(" ", a.factors));
                record.markImported(jobId, a.firstLine); // the lines of the record: same import, same usage key as this line
                if (++created % 50 == 0) {
                    em.flush();
                    em.clear(); // keeps each flush's dirty check small however many records a file makes
                }
            } catch (InvalidInput refusal) {
                refusal.errors().forEach(x -> errors.add(new RowError(a.firstLine, x.field(), null, "usage of " + a.model + " in "
                        + a.provider + ":" + a.region + " for " + a.month + " (" + a.hardware + "): " + x.message())));
            } catch (org.aifootprint.application.NotFound missing) {
                errors.add(new RowError(a.firstLine, null, null, missing.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors.size() + " usage records made from the file were refused; nothing was imported.", errors, read,
                    errors.size(), format.label());
        }
        return created;
    }

    private void ensureModel(String name, long jobId, long line) {
        if (modelRepository.findByName(name).isEmpty()) {
            ModelInput in = new ModelInput();
            in.setName(name);
            in.setVersion("1");
            in.setOwnerTeam("Unassigned (created by import)");
            in.setStatus(ModelStatus.IN_PRODUCTION);
            models.create(in).markImported(jobId, line);
        }
    }

    private String outcome(long jobId, BillingFormat format, long read, long created, String tagKey) {
        double total = 0;
        double attributedCost = 0;
        double unattributedAi = 0;
        double unmappedCost = 0;
        long unmappedLines = 0;
        long notUsage = 0;
        double kwh = 0;
        for (BillingLines.Totals t : billingLines.totals(jobId)) {
            total += t.cost();
            kwh += t.attributed() ? t.energyKwh() : 0;
            if (t.attributed()) {
                attributedCost += t.cost();
            } else if (t.aiRelevant()) {
                unattributedAi += t.cost();
            }
            if (t.category().equals("UNMAPPED")) {
                unmappedCost += t.cost();
                unmappedLines += t.lines();
            }
            if (t.category().equals("NOT_USAGE")) {
                notUsage += t.lines();
            }
        }
        DecimalFormat money = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        DecimalFormat energy = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        DecimalFormat count = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return count.format(read) + " billing lines read as " + format.label() + "; " + count.format(created) + " usage records made from the lines tagged '" + tagKey
                + "' (" + energy.format(kwh) + " kWh IT energy estimated, spend " + money.format(attributedCost) + "); AI-relevant spend without the tag "
                + money.format(unattributedAi) + "; " + count.format(unmappedLines) + " lines could not be estimated (" + percent(unmappedCost, total)
                + " of spend, listed under unmapped); " + count.format(notUsage) + " lines were not usage (tax, credit, fee). Total spend " + money.format(total) + ".";
    }

    private static String percent(double part, double total) {
        return total == 0 ? "0 %" : String.format(Locale.ROOT, "%.1f %%", 100 * part / total);
    }
}
