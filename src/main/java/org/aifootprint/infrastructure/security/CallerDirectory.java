package org.aifootprint.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.infrastructure.persistence.DataSourceConfiguration;

/**
 * Looks up callers across tenants. It reads with plain SQL because it runs before any tenant is known
 * (the tenant is what it finds out). Lookups of users are cached briefly so that a disabled user or a
 * changed role takes effect within {@link #FRESHNESS} on every open session.
 */
@ApplicationScoped
public class CallerDirectory {

    static final Duration FRESHNESS = Duration.ofSeconds(15);

    private static final String USER_QUERY = """
            select u.email, u.display_name, u.tenant_id, t.name, u.role
              from user_account u left join tenant t on t.id = u.tenant_id
             where u.email = ? and u.enabled = true""";

    private static final String TOKEN_QUERY = """
            select k.id, k.name, k.tenant_id, t.name, k.role, k.last_used_at
              from api_token k join tenant t on t.id = k.tenant_id
             where k.token_sha256 = ? and k.revoked_at is null""";

    private record Cached(Optional<Caller> caller, Instant until) {
    }

    private final Map<String, Cached> users = new ConcurrentHashMap<>();

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    /** The enabled user with this e-mail address, if any. */
    public Optional<Caller> activeUser(String email) {
        Instant now = Instant.now();
        Cached cached = users.get(email);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.caller();
        }
        Optional<Caller> found = queryUser(email);
        users.put(email, new Cached(found, now.plus(FRESHNESS)));
        return found;
    }

    /** Forgets what is cached of a user, after an admin changed it. */
    public void forget(String email) {
        users.remove(email);
    }

    /** The live token with this SHA-256, if any; records its use at most once a minute. */
    public Optional<Caller> activeToken(String tokenSha256) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(TOKEN_QUERY)) {
            s.setString(1, tokenSha256);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long id = r.getLong(1);
                Timestamp lastUsed = r.getTimestamp(6);
                Caller caller = new Caller("token:" + id, "API token \u201c" + r.getString(2) + "\u201d",
                        r.getString(3), r.getString(4), Role.valueOf(r.getString(5)), true);
                if (lastUsed == null || lastUsed.toInstant().isBefore(Instant.now().minusSeconds(60))) {
                    touch(c, id);
                }
                return Optional.of(caller);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up an API token", e);
        }
    }

    private Optional<Caller> queryUser(String email) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(USER_QUERY)) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Caller(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        Role.valueOf(r.getString(5)), false));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up user " + email, e);
        }
    }

    private static void touch(Connection c, long tokenId) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update api_token set last_used_at = ? where id = ?")) {
            u.setTimestamp(1, Timestamp.from(Instant.now()));
            u.setLong(2, tokenId);
            u.executeUpdate();
        }
    }
}
