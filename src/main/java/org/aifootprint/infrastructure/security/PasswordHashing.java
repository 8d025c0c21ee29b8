package org.aifootprint.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 hashing of passwords with the same parameters the identity store verifies with
 * (PBKDF2-HMAC-SHA512, 210,000 iterations: the OWASP Password Storage Cheat Sheet's recommendation).
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=210000";
    static final String SALT_SIZE_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=32";

    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void initialize() {
        hash.initialize(parameters());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    private static Map<String, String> parameters() {
        return java.util.stream.Stream.of(ALGORITHM_PARAMETER, ITERATIONS_PARAMETER, SALT_SIZE_PARAMETER, KEY_SIZE_PARAMETER)
                .map(p -> p.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(p -> p[0], p -> p[1]));
    }
}
