package org.aifootprint.domain.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How entered text becomes the number a scorecard scores, and back. */
class CriterionTest {

    @ParameterizedTest(name = "{0} = {1} scores {2}")
    @CsvSource({
            "pue,                 1.15,               1.15",
            "cndcp_member,        yes,                1",
            "cndcp_member,        No,                 0",
            "iso_14001,           true,               1",
            "sbti_status,         commitment-removed, 0",
            "sbti_status,         none,               1",
            "sbti_status,         committed,          2",
            "sbti_status,         targets set,        3",
            "epeat_tier,          Gold,               3",
            "epeat_tier,          none,               0"})
    void textBecomesTheScoredNumber(String code, String text, double expected) {
        assertEquals(Optional.of(expected), Criterion.fromCode(code).orElseThrow().number(text));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({"pue, high", "cndcp_member, maybe", "sbti_status, validated", "epeat_tier, platinum"})
    void textOutsideTheCriterionsAnswersIsRefused(String code, String text) {
        assertTrue(Criterion.fromCode(code).orElseThrow().number(text).isEmpty());
    }

    @Test
    void storedNumbersReadAsTheyWereEntered() {
        assertEquals("yes", Criterion.CNDCP_MEMBER.text(1));
        assertEquals("targets-set", Criterion.SBTI_STATUS.text(3));
        assertEquals("1.15", Criterion.PUE.text(1.15));
        assertEquals("100", Criterion.RENEWABLE_SHARE.text(100));
    }

    @Test
    void codesAreUniqueCarryTheirUnitAndOnlyGridIntensityIsDerived() {
        assertEquals(Criterion.values().length, new HashSet<>(Arrays.stream(Criterion.values()).map(Criterion::code).toList()).size());
        assertTrue(Arrays.stream(Criterion.values()).allMatch(c -> !c.unit().isBlank() && c.label().contains("(")), "units in names");
        assertFalse(Criterion.GRID_INTENSITY.isEntered());
        assertEquals(1, Arrays.stream(Criterion.values()).filter(c -> !c.isEntered()).count());
        assertEquals(Optional.of(Criterion.PUE), Criterion.fromCode("PUE"));
    }
}
