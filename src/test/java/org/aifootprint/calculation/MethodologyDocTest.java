package org.aifootprint.calculation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/methodology.md and the engine say the same thing: every formula is listed there with its exact text. */
class MethodologyDocTest {

    @Test
    void everyFormulaIsDocumentedWithTheTextTheEngineUses() throws IOException {
        String doc = Files.readString(Path.of("docs/methodology.md"));
        for (Formula f : Formula.values()) {
            assertTrue(doc.contains("| `" + f.name() + "` | " + f.text() + " |"), "docs/methodology.md lacks or misstates " + f.name());
        }
        assertTrue(doc.contains("u = 0.5") && FootprintInput.DEFAULT_UTILIZATION == 0.5, "the default utilisation is documented as in the code");
    }
}
