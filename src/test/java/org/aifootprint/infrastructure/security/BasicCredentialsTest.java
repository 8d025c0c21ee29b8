package org.aifootprint.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String encode(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theUserNameIsCaseInsensitiveAndThePasswordKeepsItsColons() {
        var credential = AifAuthenticationMechanism.decodeBasic(encode("Ana@Demo.Example:pa:ss word")).orElseThrow();
        assertEquals("ana@demo.example", credential.getCaller());
        assertEquals("pa:ss word", credential.getPasswordAsString());
    }

    @Test
    void malformedCredentialsAreRefused() {
        assertTrue(AifAuthenticationMechanism.decodeBasic("not base64!").isEmpty());
        assertTrue(AifAuthenticationMechanism.decodeBasic(encode("no-colon")).isEmpty());
        assertTrue(AifAuthenticationMechanism.decodeBasic(encode(":password-without-user")).isEmpty());
    }

    @Test
    void apiTokensAreLongRandomAndStoredOnlyAsTheirHash() {
        String token = Secrets.newApiToken();
        assertTrue(token.startsWith("aif_") && token.length() == 44);
        assertEquals(64, Secrets.sha256(token).length());
        assertEquals(token.substring(0, 10), Secrets.displayPrefix(token));
    }
}
