package org.aifootprint.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.aifootprint.domain.shared.TenantOwned;

/**
 * One uploaded file and what became of it. All-or-nothing: it either imported every row (SUCCEEDED) or none
 * (FAILED, with the rejected rows listed). The file's SHA-256 makes a second upload of it a DUPLICATE while
 * this one stands.
 */
@Entity
@Table(name = "import_job")
@NamedQuery(name = "ImportJob.findAll", query = "select j from ImportJob j order by j.createdAt desc, j.id desc")
@NamedQuery(name = "ImportJob.findActiveBySha256", query = "select j from ImportJob j where j.activeSha256 = :sha256")
@NamedQuery(name = "ImportJob.findUnfinished", query = "select j from ImportJob j where j.status in "
        + "(org.aifootprint.domain.imports.ImportStatus.QUEUED, org.aifootprint.domain.imports.ImportStatus.RUNNING)")
public class ImportJob extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String format;

    @Column(name = "detected_format", length = 60)
    private String detectedFormat;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "active_sha256", length = 64)
    private String activeSha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    /** Bytes of the uploaded file read so far (of {@code sizeBytes}, compressed as uploaded). */
    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "rows_imported", nullable = false)
    private long rowsImported;

    @Column(name = "rows_rejected", nullable = false)
    private long rowsRejected;

    @Column(length = 2000)
    private String message;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "rolled_back_at")
    private Instant rolledBackAt;

    @Column(name = "rolled_back_by", length = 254)
    private String rolledBackBy;

    protected ImportJob() {
    }

    public ImportJob(String format, String fileName, String sha256, long sizeBytes, String createdBy, Instant createdAt) {
        this.format = format;
        this.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
        this.sha256 = sha256;
        this.activeSha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.status = ImportStatus.QUEUED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A record of an upload recognised as a file already imported (or being imported) by job {@code original}. */
    public static ImportJob duplicate(String format, String fileName, String sha256, long sizeBytes, String createdBy, Instant at, long original) {
        ImportJob job = new ImportJob(format, fileName, sha256, sizeBytes, createdBy, at);
        job.activeSha256 = null;
        job.status = ImportStatus.DUPLICATE;
        job.duplicateOf = original;
        job.finishedAt = at;
        job.message = "This file (SHA-256 " + sha256.substring(0, 12) + "…) was already uploaded as import " + original + "; nothing was imported twice.";
        return job;
    }

    public void start(Instant at) {
        status = ImportStatus.RUNNING;
        startedAt = at;
    }

    public void progress(long read, long bytes) {
        rowsRead = read;
        bytesRead = Math.min(bytes, sizeBytes);
    }

    /** What a running import is doing once the file is read (shown until it ends). */
    public void stage(String what) {
        message = what.length() > 2000 ? what.substring(0, 2000) : what;
    }

    /** Share of the file read, 0 to 1 (1 once finished). */
    public double fractionRead() {
        if (status.isFinished()) {
            return 1;
        }
        return sizeBytes <= 0 ? 0 : (double) bytesRead / sizeBytes;
    }

    /** Seconds left at the pace so far, or null before there is a pace (or once finished). */
    public Long secondsLeft(Instant now) {
        if (startedAt == null || status.isFinished() || bytesRead <= 0 || bytesRead >= sizeBytes) {
            return null;
        }
        double elapsed = Duration.between(startedAt, now).toMillis() / 1000.0;
        return Math.round(elapsed * (sizeBytes - bytesRead) / bytesRead);
    }

    public void succeed(String detected, long read, long imported, Instant at) {
        succeed(detected, read, imported, imported + (imported == 1 ? " row imported" : " rows imported") + (detected == null ? "." : " as " + detected + "."), at);
    }

    /** Succeeded, with the outcome in the caller's words (a billing import says what it estimated and what it could not). */
    public void succeed(String detected, long read, long imported, String outcome, Instant at) {
        status = ImportStatus.SUCCEEDED;
        detectedFormat = detected;
        rowsRead = read;
        rowsImported = imported;
        rowsRejected = 0;
        finishedAt = at;
        message = outcome.length() > 2000 ? outcome.substring(0, 1999) + "…" : outcome;
    }

    public void fail(String detected, long read, long rejected, String why, Instant at) {
        status = ImportStatus.FAILED;
        detectedFormat = detected;
        activeSha256 = null;
        rowsRead = read;
        rowsImported = 0;
        rowsRejected = rejected;
        finishedAt = at;
        message = why.length() > 2000 ? why.substring(0, 2000) : why;
    }

    public void rollBack(String by, Instant at) {
        status = ImportStatus.ROLLED_BACK;
        activeSha256 = null;
        rolledBackAt = at;
        rolledBackBy = by;
        message = rowsImported + " rows removed by " + by + ".";
    }

    /** Rows per second so far (or overall, once finished). */
    public double rowsPerSecond(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        double seconds = Duration.between(startedAt, finishedAt != null ? finishedAt : now).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }

    public Long getId() { return id; }
    public long getBytesRead() { return bytesRead; }
    public String getFormat() { return format; }
    public String getDetectedFormat() { return detectedFormat; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public ImportStatus getStatus() { return status; }
    public long getRowsRead() { return rowsRead; }
    public long getRowsImported() { return rowsImported; }
    public long getRowsRejected() { return rowsRejected; }
    public String getMessage() { return message; }
    public Long getDuplicateOf() { return duplicateOf; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Instant getRolledBackAt() { return rolledBackAt; }
    public String getRolledBackBy() { return rolledBackBy; }
}
