package org.aifootprint.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.report.Disclosures;
import org.aifootprint.domain.report.ReportRun;
import org.aifootprint.domain.report.ReportSummary;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.reporting.Lineage;
import org.aifootprint.web.support.Pages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** {@code reports/list.xhtml}: generate, publish, download and verify Scope 1-3 AI disclosures. */
@Named("reports")
@ViewScoped
public class ReportList implements Serializable {

    @Inject
    private Disclosures disclosures;

    private List<ReportSummary> rows;
    private LocalDate from = LocalDate.of(LocalDate.now().getYear() - 1, 1, 1);
    private LocalDate to = LocalDate.of(LocalDate.now().getYear() - 1, 12, 31);
    private String pageSize = "A4";
    private String verification;

    @PostConstruct
    void load() {
        rows = disclosures.all();
    }

    public void generate() {
        try {
            ReportRun run = disclosures.generate(from, to, pageSize);
            Pages.info("Disclosure #" + run.getId() + " generated", "Draft for " + run.getPeriodFrom() + " to " + run.getPeriodTo()
                    + "; review it, then publish it to lock the period.");
            load();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void publish(ReportSummary r) {
        try {
            disclosures.publish(r.id());
            Pages.info("Disclosure #" + r.id() + " published", "The activity data of " + r.periodFrom() + " to " + r.periodTo() + " is now locked.");
        } catch (InvalidInput refusal) {
            Pages.error("Not published", refusal.errors().get(0).message());
        }
        load();
    }

    public StreamedContent pdf(ReportSummary r) {
        ReportRun run = disclosures.run(r.id());
        return DefaultStreamedContent.builder().name("ai-disclosure-" + run.getPeriodFrom() + "_" + run.getPeriodTo() + "-" + run.getId() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(run.getPdf())).build();
    }

    public StreamedContent lineage(ReportSummary r) {
        ReportRun run = disclosures.run(r.id());
        return DefaultStreamedContent.builder().name("ai-disclosure-" + run.getId() + "-lineage.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(run.getLineageCsv())).build();
    }

    /** Verifies an uploaded file by its SHA-256 against the reports issued here. */
    public void verify(org.primefaces.event.FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String sha = Lineage.sha256(file.getContent());
        List<ReportSummary> matches = disclosures.verify(sha);
        verification = matches.isEmpty()
                ? "Not genuine: no disclosure issued here has the SHA-256 " + sha + " of " + file.getFileName() + "."
                : "Genuine: " + file.getFileName() + " is disclosure #" + matches.get(0).id() + " (" + matches.get(0).status().name().toLowerCase()
                        + ", " + matches.get(0).periodFrom() + " to " + matches.get(0).periodTo() + "), SHA-256 " + sha + ".";
    }

    public List<ReportSummary> getRows() { return rows; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { this.from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { this.to = v; }
    public String getPageSize() { return pageSize; }
    public void setPageSize(String v) { this.pageSize = v; }
    public String getVerification() { return verification; }
}
