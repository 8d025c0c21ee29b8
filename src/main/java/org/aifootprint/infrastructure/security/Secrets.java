package org.aifootprint.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** API tokens, temporary passwords, and the SHA-256 under which tokens are stored. */
public final class Secrets {

    public static final String API_TOKEN_PREFIX = "aif_";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No look-alikes (0/O, 1/l/I), so that a secret read aloud or copied by hand survives. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Secrets() {
    }

    /** A new API token: {@code aif_} and 40 random characters (about 233 bits). */
    public static String newApiToken() {
        return API_TOKEN_PREFIX + random(40);
    }

    /** A temporary password for an administrator to hand over: 16 random characters (about 93 bits). */
    public static String newTemporaryPassword() {
        return random(16);
    }

    /** What a person sees of a stored token. */
    public static String displayPrefix(String token) {
        return token.substring(0, Math.min(token.length(), API_TOKEN_PREFIX.length() + 6));
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String random(int length) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }
}
