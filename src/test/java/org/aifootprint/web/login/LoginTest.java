package org.aifootprint.web.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            /admin/users.xhtml,        true
            /index.xhtml?period=2025,  true
            https://evil.example/,     false
            //evil.example/x,          false
            /\\evil.example,           false
            /login.xhtml,              false
            '',                        false
            """)
    void returnsAfterLoginOnlyToAPageOfThisApplication(String next, boolean safe) {
        assertEquals(safe, Login.isSafeNext(next));
    }
}
