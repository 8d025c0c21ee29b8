package org.aifootprint.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer organisation. Its id is a short slug ({@code demo}, {@code acme}) stored as {@code tenant_id}. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.findAll", query = "select t from Tenant t order by t.id")
public class Tenant {

    /** Lower-case letters, digits and dashes, starting with a letter; 2 to 40 characters. */
    public static final String ID_PATTERN = "[a-z][a-z0-9-]{1,39}";

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Tenant() {
    }

    public Tenant(String id, String name, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
