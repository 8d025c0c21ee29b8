package org.aifootprint.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * A tenant-owned record that may come from a bulk import: it then names the import and the line of the file it
 * came from, so that the import can be rolled back as a whole and the record traced to its source.
 */
@MappedSuperclass
@Audited
public abstract class Importable extends TenantOwned {

    @Column(name = "import_id")
    private Long importId;

    @Column(name = "source_line")
    private Long sourceLine;

    public void markImported(long importId, long sourceLine) {
        this.importId = importId;
        this.sourceLine = sourceLine;
    }

    public Long getImportId() {
        return importId;
    }

    public Long getSourceLine() {
        return sourceLine;
    }
}
