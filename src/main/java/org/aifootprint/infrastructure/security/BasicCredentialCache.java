package org.aifootprint.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers for a minute that an e-mail and password pair was valid, keyed by a salted SHA-256 of the
 * pair, so that scripts using HTTP Basic on every call do not pay a 210,000-iteration PBKDF2 per request.
 * Failures are never cached. Whether the user is still enabled is checked on every request anyway.
 */
@ApplicationScoped
public class BasicCredentialCache {

    static final Duration VALIDITY = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, Instant until) {
    }

    private final String salt = java.util.UUID.randomUUID().toString();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<Caller> computeIfAbsent(UsernamePasswordCredential credential,
            Function<UsernamePasswordCredential, Optional<Caller>> validator) {
        String key = Secrets.sha256(salt + '\u0000' + credential.getCaller() + '\u0000' + credential.getPasswordAsString());
        Instant now = Instant.now();
        Entry entry = entries.get(key);
        if (entry != null && entry.until().isAfter(now)) {
            return Optional.of(entry.caller());
        }
        Optional<Caller> validated = validator.apply(credential);
        if (validated.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(validated.get(), now.plus(VALIDITY)));
        } else {
            entries.remove(key);
        }
        return validated;
    }
}
