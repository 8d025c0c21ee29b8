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
import org.aifootprint.application.imports.Imports;
import org.aifootprint.domain.imports.ImportJob;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.imports.CsvExport;
import org.aifootprint.imports.ImportFormat;
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

    @PostConstruct
    void load() {
        rows = imports.all();
    }

    public void refresh() {
        load();
    }

    public void upload(FileUploadEvent event) {
        try {
            ImportJob job = imports.submit(format, event.getFile().getFileName(), event.getFile().getInputStream());
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

    public List<ImportJob> getRows() { return rows; }
    public String getFormat() { return format; }
    public void setFormat(String v) { this.format = v; }
}
