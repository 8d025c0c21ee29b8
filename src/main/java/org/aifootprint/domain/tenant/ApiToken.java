package org.aifootprint.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.aifootprint.domain.shared.TenantOwned;

/**
 * A credential for scripts calling the REST API with {@code Authorization: Bearer <token>}. The token
 * itself is shown once at creation; only its SHA-256 is stored. It acts with one role in its tenant
 * until it is revoked.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.findAll", query = "select t from ApiToken t order by t.createdAt desc, t.id desc")
public class ApiToken extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "token_sha256", nullable = false, length = 64, updatable = false)
    private String tokenSha256;

    /** The first characters of the token, so that a person can tell tokens apart. */
    @Column(name = "token_prefix", nullable = false, length = 16, updatable = false)
    private String tokenPrefix;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String name, Role role, String tokenSha256, String tokenPrefix, String createdBy, Instant now) {
        if (!role.isTenantRole()) {
            throw new IllegalArgumentException("An API token cannot have the role " + role);
        }
        this.name = name;
        this.role = role;
        this.tokenSha256 = tokenSha256;
        this.tokenPrefix = tokenPrefix;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
