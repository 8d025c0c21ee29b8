package org.aifootprint.domain.factor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A released version of the reference data (global). Never changed once loaded. */
@Entity
@Table(name = "factor_set")
@NamedQuery(name = "FactorSet.findAll", query = "select s from FactorSet s order by s.effectiveFrom desc, s.id desc")
@NamedQuery(name = "FactorSet.findByVersion", query = "select s from FactorSet s where s.version = :version")
public class FactorSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String version;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = 500, updatable = false)
    private String description;

    /** SHA-256 of the files the set was loaded from: a changed file without a new version is refused. */
    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    private String contentSha256;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    protected FactorSet() {
    }

    public FactorSet(String version, LocalDate effectiveFrom, String description, String contentSha256, Instant loadedAt) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.description = description;
        this.contentSha256 = contentSha256;
        this.loadedAt = loadedAt;
    }

    public Long getId() { return id; }
    public String getVersion() { return version; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getDescription() { return description; }
    public String getContentSha256() { return contentSha256; }
    public Instant getLoadedAt() { return loadedAt; }
}
