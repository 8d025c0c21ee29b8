package org.aifootprint.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.aifootprint.domain.shared.TenantOwned;

/** A rejected cell or row of a failed import. */
@Entity
@Table(name = "import_error")
@NamedQuery(name = "ImportError.findByJob", query = "select e from ImportError e where e.importId = :job order by e.lineNumber, e.id")
public class ImportError extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false)
    private long importId;

    @Column(name = "line_number", nullable = false)
    private long lineNumber;

    @Column(name = "column_name", length = 200)
    private String columnName;

    @Column(name = "cell_value", length = 500)
    private String cellValue;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected ImportError() {
    }

    public ImportError(long importId, long lineNumber, String columnName, String cellValue, String reason) {
        this.importId = importId;
        this.lineNumber = lineNumber;
        this.columnName = columnName;
        this.cellValue = cellValue;
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    public long getLineNumber() { return lineNumber; }
    public String getColumnName() { return columnName; }
    public String getCellValue() { return cellValue; }
    public String getReason() { return reason; }
}
