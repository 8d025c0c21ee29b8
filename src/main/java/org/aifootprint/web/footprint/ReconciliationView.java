package org.aifootprint.web.footprint;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.footprint.Reconciliations;
import org.aifootprint.calculation.CloudReconciliation;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.Pages;

/** {@code footprint/reconciliation.xhtml}: cloud providers' reported emissions beside ours, month by month, and why they differ. */
@Named("reconciliation")
@ViewScoped
public class ReconciliationView implements Serializable {

    @Inject
    private Reconciliations reconciliations;

    private LocalDate from = LocalDate.of(LocalDate.now().getYear() - 1, 1, 1);
    private LocalDate to = LocalDate.of(LocalDate.now().getYear() - 1, 12, 31);
    private transient List<CloudReconciliation.Row> rows = List.of();
    private String factorSet;

    @PostConstruct
    void init() {
        calculate();
    }

    public void calculate() {
        try {
            Reconciliations.Result r = reconciliations.reconcile(from, to);
            rows = r.rows();
            factorSet = r.factorSet();
        } catch (InvalidInput refusal) {
            rows = List.of();
            Pages.show(refusal);
        }
    }

    public String provider(String code) {
        return switch (code) {
            case "aws" -> "AWS";
            case "gcp" -> "Google Cloud";
            case "azure" -> "Microsoft Azure";
            case "oracle" -> "Oracle Cloud";
            default -> code;
        };
    }

    public List<CloudReconciliation.Row> getRows() { return rows; }
    public String getFactorSet() { return factorSet; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { this.from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { this.to = v; }
}
