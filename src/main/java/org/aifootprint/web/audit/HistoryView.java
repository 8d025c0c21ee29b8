package org.aifootprint.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aifootprint.application.audit.History;
import org.aifootprint.domain.shared.Change;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.web.support.Pages;

/** {@code history/view.xhtml?kind=&id=}: who changed a record, when, and each field before and after. */
@Named("history")
@ViewScoped
public class HistoryView implements Serializable {

    @Inject
    private History history;

    private String kind;
    private Long id;
    private List<Change> changes = List.of();

    public void load() {
        try {
            changes = history.of(kind, id == null ? -1 : id);
        } catch (InvalidInput refusal) {
            Pages.show(refusal);
        }
    }

    public String getKind() { return kind; }
    public void setKind(String v) { this.kind = v; }
    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public List<Change> getChanges() { return changes; }
}
