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
 * A person who signs in, with exactly one role in one tenant. The e-mail address is the login name and
 * is unique across the platform (a database constraint). Platform operators share the table with an
 * empty {@code tenant_id}; the tenant filter hides them from every JPA query, and they are read only by
 * the login and account code in SQL.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findAll", query = "select u from UserAccount u order by u.email")
@NamedQuery(name = "UserAccount.findByEmail", query = "select u from UserAccount u where u.email = :email")
public class UserAccount extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, Role role, String passwordHash, Instant now) {
        if (!role.isTenantRole()) {
            throw new IllegalArgumentException("A tenant user cannot have the role " + role);
        }
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public Role getRole() {
        return role;
    }

    public void changeRole(Role newRole) {
        if (!newRole.isTenantRole()) {
            throw new IllegalArgumentException("A tenant user cannot have the role " + newRole);
        }
        this.role = newRole;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
