package org.aifootprint.web.imports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.aifootprint.application.imports.BillingImport;
import org.aifootprint.application.imports.BillingLineCsv;
import org.aifootprint.application.imports.Imports;
import org.aifootprint.domain.imports.ImportJob;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.imports.CsvExport;
import org.aifootprint.imports.ImportFormat;
import org.aifootprint.imports.billing.BillingFormat;
import org.aifootprint.web.support.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** {@code imports/list.xhtml}: upload CSV files, watch their import, download rejected rows and templates. */
@Named("imports")
@ViewScoped
public class ImportList implements Serializable {

    @Inject
    private Imports imports;
    @Inject
    private Clock clock;

    private List<ImportJob> rows;
    private String format = "auto";
    private String modelTag = BillingImport.DEFAULT_MODEL_TAG;
    private ImportJob selected;
    private Imports.BillingSummary summary;

    @Inject
    private jakarta.security.enterprise.SecurityContext security;

    @PostConstruct
    void init() {
        if (!security.isCallerInRole("ANALYST") && security.isCallerInRole("PROCUREMENT")) {
            format = "vendors"; // what a buyer imports
        }
        load();
    }

    void load() {
        rows = imports.all();
    }

    public void refresh() {
        load();
    }

    public void upload(FileUploadEvent event) {
        try {
            ImportJob job = imports.submit(format, event.getFile().getFileName(), event.getFile().getInputStream(), modelTag);
            Pages.info("Import #" + job.getId() + " " + job.getStatus().name().toLowerCase(), job.getMessage() != null ? job.getMessage()
                    : event.getFile().getFileName() + " is being imported; progress shows below.");
        } catch (InvalidInput refusal) {
            Pages.error("Not imported", refusal.errors().get(0).message());
        } catch (Imports.TooLarge tooLarge) {
            Pages.error("Not imported", tooLarge.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        load();
    }

    /** Whether a job is still running, so the page keeps polling. */
    public boolean isBusy() {
        return rows.stream().anyMatch(j -> !j.getStatus().isFinished());
    }

    /** Percent of the file read, for the progress bar. */
    public int percent(ImportJob job) {
        return (int) Math.floor(job.fractionRead() * 100);
    }

    /** Time left at the pace so far, as m:ss, or empty before there is a pace. */
    public String timeLeft(ImportJob job) {
        Long seconds = job.secondsLeft(clock.instant());
        return seconds == null ? "" : String.format(java.util.Locale.ROOT, "%d:%02d left", seconds / 60, seconds % 60);
    }

    public double rate(ImportJob job) {
        return Math.round(job.rowsPerSecond(clock.instant()));
    }

    public StreamedContent errors(ImportJob job) {
        List<List<String>> lines = imports.errors(job.getId()).stream().map(e -> List.of(String.valueOf(e.getLineNumber()),
                e.getColumnName() == null ? "" : e.getColumnName(), e.getCellValue() == null ? "" : e.getCellValue(), e.getReason())).toList();
        byte[] csv = CsvExport.write(List.of("line", "column", "value", "reason"), lines).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("import-" + job.getId() + "-errors.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public StreamedContent template(ImportFormat f) {
        byte[] csv = CsvExport.write(f.columns(), List.of(f.example())).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(f.code() + "-template.csv").contentType("text/csv").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public List<ImportFormat> getFormats() {
        return Arrays.asList(ImportFormat.values());
    }

    /** The cloud billing formats (detected from the header as well). */
    public List<BillingFormat> getBillingFormats() {
        return Arrays.stream(BillingFormat.values()).filter(f -> f != BillingFormat.AWS_CUR_ATHENA && f != BillingFormat.AWS_CUR_2).toList();
    }

    public String billingLabel(BillingFormat f) {
        return f == BillingFormat.AWS_CUR_LEGACY ? "AWS CUR (legacy, Athena or 2.0)" : f.label();
    }

    /** Whether a job read a cloud billing export (it then has billing lines and a summary). */
    public boolean isBilling(ImportJob job) {
        return BillingFormat.isBillingCode(job.getFormat())
                || Arrays.stream(BillingFormat.values()).anyMatch(f -> f.label().equals(job.getDetectedFormat()));
    }

    public void showSummary(ImportJob job) {
        selected = job;
        summary = imports.billingSummary(job.getId());
    }

    /** Every billing line with its estimate, written to a temporary file first (a billing file may have millions). */
    public StreamedContent billingLines(ImportJob job) throws IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("billing-lines-", ".csv");
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                CsvExport.Printer printer = new CsvExport.Printer(w, BillingLineCsv.COLUMNS)) {
            imports.billingLines(job.getId(), l -> BillingLineCsv.print(printer, l));
        }
        return DefaultStreamedContent.builder().name("import-" + job.getId() + "-billing-lines.csv").contentType("text/csv")
                .stream(() -> {
                    try {
                        return java.nio.file.Files.newInputStream(tmp, java.nio.file.StandardOpenOption.DELETE_ON_CLOSE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public ImportJob getSelected() { return selected; }
    public Imports.BillingSummary getSummary() { return summary; }
    public String getModelTag() { return modelTag; }
    public void setModelTag(String v) { this.modelTag = v; }

    public List<ImportJob> getRows() { return rows; }
    public String getFormat() { return format; }
    public void setFormat(String v) { this.format = v; }
}
