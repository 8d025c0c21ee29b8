package org.aifootprint.web.period;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.period.PeriodInput;
import org.aifootprint.application.period.ReportingPeriods;
import org.aifootprint.domain.period.ReportingPeriod;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.Pages;
import org.primefaces.PrimeFaces;

/** {@code periods/list.xhtml}: reporting periods; administrators close them to lock their data. */
@Named("periods")
@ViewScoped
public class PeriodList implements Serializable {

    @Inject
    private ReportingPeriods service;

    private List<ReportingPeriod> rows;
    private PeriodInput input = new PeriodInput();

    @PostConstruct
    void load() {
        rows = service.all();
    }

    public void create() {
        input = new PeriodInput();
        int year = LocalDate.now().getYear() + 1;
        input.setName("FY" + year);
        input.setStartDate(LocalDate.of(year, 1, 1));
        input.setEndDate(LocalDate.of(year, 12, 31));
    }

    public void save() {
        try {
            ReportingPeriod p = service.create(input);
            Pages.info("Period created", p.getName());
            PrimeFaces.current().executeScript("PF('periodDialog').hide()");
            load();
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public void close(ReportingPeriod p) {
        service.close(p.getId());
        Pages.info("Period closed", p.getName() + ": its activity data can no longer change.");
        load();
    }

    public void reopen(ReportingPeriod p) {
        service.reopen(p.getId());
        Pages.info("Period reopened", p.getName() + " can be changed again; the reopening is in the audit history.");
        load();
    }

    public List<ReportingPeriod> getRows() { return rows; }
    public PeriodInput getInput() { return input; }
}
