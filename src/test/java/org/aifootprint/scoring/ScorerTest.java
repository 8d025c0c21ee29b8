package org.aifootprint.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scorecard maths as worked examples a buyer can check by hand (docs/methodology.md §13). */
class ScorerTest {

    private static final double DELTA = 1e-9;

    private static CriterionRule minMax(String code, double weight, Direction direction) {
        return new CriterionRule(code, weight, direction, Normalisation.MIN_MAX, List.of(), MissingData.SCORE_ZERO);
    }

    private static Candidate vendor(String key, Object... codeValue) {
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < codeValue.length; i += 2) {
            values.put((String) codeValue[i], codeValue[i + 1] == null ? null : ((Number) codeValue[i + 1]).doubleValue());
        }
        return new Candidate(key, key.toUpperCase(), values);
    }

    private static Ranked of(List<Ranked> ranking, String key) {
        return ranking.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    // --- normalisation ---

    @ParameterizedTest(name = "PUE {0} among 1.10–1.30, lower is better, scores {1}")
    @CsvSource({"1.10, 1.0", "1.30, 0.0", "1.20, 0.5", "1.15, 0.75"})
    void minMaxLowerIsBetterPutsTheBestAtOneAndTheWorstAtZero(double pue, double expected) {
        assertEquals(expected, Scorer.minMax(pue, 1.10, 1.30, Direction.LOWER_IS_BETTER), DELTA);
    }

    @ParameterizedTest(name = "CFE {0} % among 40–90 %, higher is better, scores {1}")
    @CsvSource({"90, 1.0", "40, 0.0", "65, 0.5"})
    void minMaxHigherIsBetterIsTheMirror(double cfe, double expected) {
        assertEquals(expected, Scorer.minMax(cfe, 40, 90, Direction.HIGHER_IS_BETTER), DELTA);
    }

    @ParameterizedTest(name = "PUE {0} against thresholds 1.2/1.4/1.6 scores {1}")
    @CsvSource({"1.15, 1.0", "1.2, 1.0", "1.3, 0.6666666666666666", "1.5, 0.3333333333333333", "1.7, 0.0"})
    void thresholdsScoreTheShareOfThresholdsMet(double pue, double expected) {
        assertEquals(expected, Scorer.thresholds(pue, List.of(1.2, 1.4, 1.6), Direction.LOWER_IS_BETTER), DELTA);
    }

    @Test
    void aYesNoCriterionWithTheThresholdOneScoresOneOrZero() {
        assertEquals(1.0, Scorer.thresholds(1, List.of(1.0), Direction.HIGHER_IS_BETTER), DELTA);
        assertEquals(0.0, Scorer.thresholds(0, List.of(1.0), Direction.HIGHER_IS_BETTER), DELTA);
    }

    @Test
    void thresholdsDoNotDependOnTheOtherVendors() {
        CriterionRule pue = new CriterionRule("pue", 100, Direction.LOWER_IS_BETTER, Normalisation.THRESHOLDS, List.of(1.2, 1.4), MissingData.SCORE_ZERO);
        List<Ranked> ranking = Scorer.rank(List.of(pue), List.of(vendor("a", "pue", 1.3), vendor("b", "pue", 1.5)));
        assertEquals(50.0, of(ranking, "a").scorePoints(), DELTA);
        assertEquals(0.0, of(ranking, "b").scorePoints(), DELTA);
    }

    // --- weights ---

    @Test
    void theTotalIsTheWeightedSumOfTheScoresInPoints() {
        List<CriterionRule> rules = List.of(minMax("pue", 60, Direction.LOWER_IS_BETTER), minMax("cfe", 40, Direction.HIGHER_IS_BETTER));
        List<Ranked> ranking = Scorer.rank(rules, List.of(vendor("a", "pue", 1.1, "cfe", 40), vendor("b", "pue", 1.3, "cfe", 90),
                vendor("c", "pue", 1.2, "cfe", 65)));
        assertEquals(60.0, of(ranking, "a").scorePoints(), DELTA);
        assertEquals(40.0, of(ranking, "b").scorePoints(), DELTA);
        assertEquals(50.0, of(ranking, "c").scorePoints(), DELTA);
        assertEquals(List.of("a", "c", "b"), ranking.stream().map(Ranked::key).toList());
        assertEquals(30.0, of(ranking, "a").criteria().get("pue").points() / 2, DELTA);
    }

    @ParameterizedTest(name = "weights {0} + {1} are refused")
    @CsvSource({"60, 30", "60, 50", "-10, 110", "0, 0"})
    void weightsThatDoNotSumToOneHundredAreRefused(double first, double second) {
        ScoringRefused refused = assertThrows(ScoringRefused.class,
                () -> Scorer.checkTemplate(List.of(minMax("pue", first, Direction.LOWER_IS_BETTER), minMax("cfe", second, Direction.HIGHER_IS_BETTER))));
        assertEquals("weights", refused.field());
    }

    @Test
    void weightsWithDecimalsThatSumToOneHundredAreAccepted() {
        Scorer.checkTemplate(List.of(minMax("a", 33.3, Direction.LOWER_IS_BETTER), minMax("b", 33.3, Direction.LOWER_IS_BETTER),
                minMax("c", 33.4, Direction.LOWER_IS_BETTER)));
    }

    @Test
    void thresholdsMustBeGivenInAscendingOrder() {
        assertEquals("thresholds", assertThrows(ScoringRefused.class, () -> Scorer.checkTemplate(List.of(new CriterionRule("pue", 100,
                Direction.LOWER_IS_BETTER, Normalisation.THRESHOLDS, List.of(1.6, 1.2), MissingData.SCORE_ZERO)))).field());
        assertEquals("thresholds", assertThrows(ScoringRefused.class, () -> Scorer.checkTemplate(List.of(new CriterionRule("pue", 100,
                Direction.LOWER_IS_BETTER, Normalisation.THRESHOLDS, List.of(), MissingData.SCORE_ZERO)))).field());
    }

    @Test
    void aCriterionListedTwiceIsRefused() {
        assertEquals("criteria", assertThrows(ScoringRefused.class, () -> Scorer.checkTemplate(List.of(minMax("pue", 50, Direction.LOWER_IS_BETTER),
                minMax("pue", 50, Direction.LOWER_IS_BETTER)))).field());
    }

    @ParameterizedTest(name = "{0} vendors are refused")
    @CsvSource({"0", "1", "9"})
    void twoToEightVendorsAreCompared(int count) {
        List<Candidate> vendors = java.util.stream.IntStream.range(0, count).mapToObj(i -> vendor("v" + i, "pue", 1.1 + i / 100.0)).toList();
        assertEquals("vendors", assertThrows(ScoringRefused.class, () -> Scorer.score(List.of(minMax("pue", 100, Direction.LOWER_IS_BETTER)), vendors)).field());
    }

    @Test
    void eightVendorsAreEnough() {
        List<Candidate> vendors = java.util.stream.IntStream.range(0, 8).mapToObj(i -> vendor("v" + i, "pue", 1.1 + i / 100.0)).toList();
        assertEquals(8, Scorer.score(List.of(minMax("pue", 100, Direction.LOWER_IS_BETTER)), vendors).ranking().size());
    }

    @Test
    void aVendorListedTwiceIsRefused() {
        assertEquals("vendors", assertThrows(ScoringRefused.class, () -> Scorer.score(List.of(minMax("pue", 100, Direction.LOWER_IS_BETTER)),
                List.of(vendor("a", "pue", 1.1), vendor("a", "pue", 1.1)))).field());
    }

    // --- missing data ---

    @Test
    void anUnknownValueScoresZeroAndIsFlaggedEvenWhereItWouldBeBest() {
        List<CriterionRule> rules = List.of(minMax("pue", 50, Direction.LOWER_IS_BETTER), minMax("wue", 50, Direction.LOWER_IS_BETTER));
        List<Ranked> ranking = Scorer.rank(rules, List.of(vendor("discloses", "pue", 1.2, "wue", 1.8), vendor("silent", "pue", 1.2),
                vendor("good", "pue", 1.2, "wue", 0.2)));
        CriterionScore silent = of(ranking, "silent").criteria().get("wue");
        assertTrue(silent.missing());
        assertEquals(0.0, silent.score(), DELTA);
        assertEquals(null, silent.value());
        assertEquals(1, of(ranking, "silent").missingCount());
        assertEquals(0, of(ranking, "discloses").missingCount());
        assertTrue(of(ranking, "silent").scorePoints() <= of(ranking, "discloses").scorePoints(), "unknown never beats a disclosed value");
    }

    @Test
    void unknownIsExcludedFromMinAndMax() {
        List<Ranked> ranking = Scorer.rank(List.of(minMax("pue", 100, Direction.LOWER_IS_BETTER)),
                List.of(vendor("a", "pue", 1.1), vendor("b", "pue", 1.3), vendor("c")));
        assertEquals(100.0, of(ranking, "a").scorePoints(), DELTA);
        assertEquals(0.0, of(ranking, "b").scorePoints(), DELTA);
        assertEquals(0.0, of(ranking, "c").scorePoints(), DELTA);
    }

    @Test
    void theWorstKnownPolicyScoresAnUnknownAsTheWorstDisclosure() {
        CriterionRule pue = new CriterionRule("pue", 100, Direction.LOWER_IS_BETTER, Normalisation.THRESHOLDS, List.of(1.2, 1.4, 1.6), MissingData.WORST_KNOWN);
        List<Ranked> ranking = Scorer.rank(List.of(pue), List.of(vendor("a", "pue", 1.1), vendor("b", "pue", 1.5), vendor("c")));
        assertEquals(of(ranking, "b").scorePoints(), of(ranking, "c").scorePoints(), DELTA);
        assertTrue(of(ranking, "c").criteria().get("pue").missing());
        List<Ranked> nobody = Scorer.rank(List.of(pue), List.of(vendor("x"), vendor("y")));
        assertEquals(0.0, of(nobody, "x").scorePoints(), DELTA);
    }

    @Test
    void whenNobodyDisclosesEveryoneScoresZeroOnThatCriterion() {
        List<Ranked> ranking = Scorer.rank(List.of(minMax("pue", 50, Direction.LOWER_IS_BETTER), minMax("wue", 50, Direction.LOWER_IS_BETTER)),
                List.of(vendor("a", "pue", 1.1), vendor("b", "pue", 1.3)));
        assertTrue(ranking.stream().allMatch(r -> r.criteria().get("wue").missing() && r.criteria().get("wue").points() == 0));
    }

    // --- ties and edge cases ---

    @Test
    void equalScoresShareTheBetterRankAndTheNextRankIsSkipped() {
        List<Ranked> ranking = Scorer.rank(List.of(minMax("pue", 100, Direction.LOWER_IS_BETTER)),
                List.of(vendor("d", "pue", 1.4), vendor("b", "pue", 1.2), vendor("c", "pue", 1.2), vendor("a", "pue", 1.1)));
        assertEquals(List.of("a", "b", "c", "d"), ranking.stream().map(Ranked::key).toList(), "ties are listed by label");
        assertEquals(List.of(1, 2, 2, 4), ranking.stream().map(Ranked::rank).toList());
    }

    @Test
    void scoresEqualToFourDecimalsTie() {
        CriterionRule a = minMax("a", 50, Direction.HIGHER_IS_BETTER);
        CriterionRule b = minMax("b", 50, Direction.HIGHER_IS_BETTER);
        List<Ranked> ranking = Scorer.rank(List.of(a, b), List.of(vendor("x", "a", 1, "b", 0), vendor("y", "a", 0, "b", 1)));
        assertEquals(1, ranking.get(0).rank());
        assertEquals(1, ranking.get(1).rank());
    }

    @Test
    void allEqualValuesScoreFullPointsForEveryone() {
        List<Ranked> ranking = Scorer.rank(List.of(minMax("pue", 100, Direction.LOWER_IS_BETTER)), List.of(vendor("a", "pue", 1.2), vendor("b", "pue", 1.2)));
        assertEquals(100.0, ranking.get(0).scorePoints(), DELTA);
        assertEquals(100.0, ranking.get(1).scorePoints(), DELTA);
        assertEquals(List.of(1, 1), ranking.stream().map(Ranked::rank).toList());
    }

    @Test
    void aSingleVendorWithAValueScoresFullPointsAndWithoutOneZero() {
        List<Ranked> alone = Scorer.rank(List.of(minMax("pue", 100, Direction.LOWER_IS_BETTER)), List.of(vendor("a", "pue", 1.5)));
        assertEquals(100.0, alone.get(0).scorePoints(), DELTA);
        assertEquals(1, alone.get(0).rank());
        List<Ranked> silent = Scorer.rank(List.of(minMax("pue", 100, Direction.LOWER_IS_BETTER)), List.of(vendor("a")));
        assertEquals(0.0, silent.get(0).scorePoints(), DELTA);
    }

    // --- sensitivity ---

    @Test
    void movingOneWeightRescalesTheOthersProportionallyToKeepOneHundred() {
        List<CriterionRule> rules = List.of(minMax("a", 50, Direction.LOWER_IS_BETTER), minMax("b", 30, Direction.LOWER_IS_BETTER),
                minMax("c", 20, Direction.LOWER_IS_BETTER));
        List<CriterionRule> up = Scorer.shifted(rules, 0, 10);
        assertEquals(60.0, up.get(0).weightPoints(), DELTA);
        assertEquals(24.0, up.get(1).weightPoints(), DELTA);
        assertEquals(16.0, up.get(2).weightPoints(), DELTA);
        List<CriterionRule> down = Scorer.shifted(rules, 2, -10);
        assertEquals(10.0, down.get(2).weightPoints(), DELTA);
        assertEquals(56.25, down.get(0).weightPoints(), DELTA);
        assertEquals(33.75, down.get(1).weightPoints(), DELTA);
        Scorer.checkTemplate(up);
        Scorer.checkTemplate(down);
    }

    @Test
    void aWeightStaysWithinZeroAndOneHundred() {
        List<CriterionRule> rules = List.of(minMax("a", 95, Direction.LOWER_IS_BETTER), minMax("b", 5, Direction.LOWER_IS_BETTER));
        List<CriterionRule> up = Scorer.shifted(rules, 0, 10);
        assertEquals(100.0, up.get(0).weightPoints(), DELTA);
        assertEquals(0.0, up.get(1).weightPoints(), DELTA);
        List<CriterionRule> fromZero = Scorer.shifted(List.of(minMax("a", 100, Direction.LOWER_IS_BETTER), minMax("b", 0, Direction.LOWER_IS_BETTER),
                minMax("c", 0, Direction.LOWER_IS_BETTER)), 0, -10);
        assertEquals(5.0, fromZero.get(1).weightPoints(), DELTA, "freed points shared equally when the others weigh 0");
        assertEquals(5.0, fromZero.get(2).weightPoints(), DELTA);
    }

    @Test
    void sensitivityReportsWhichWeightMovesChangeTheRanking() {
        List<CriterionRule> rules = List.of(minMax("pue", 55, Direction.LOWER_IS_BETTER), minMax("cfe", 45, Direction.HIGHER_IS_BETTER));
        Scorecard card = Scorer.score(rules, List.of(vendor("a", "pue", 1.1, "cfe", 40), vendor("b", "pue", 1.3, "cfe", 90)));
        assertEquals("a", card.ranking().get(0).key());
        assertEquals(4, card.sensitivity().size(), "two criteria, each −10 and +10");
        SensitivityCase pueDown = card.sensitivity().stream().filter(c -> c.criterion().equals("pue") && c.deltaPoints() < 0).findFirst().orElseThrow();
        assertEquals(45.0, pueDown.weightsPoints().get("pue"), DELTA);
        assertEquals(55.0, pueDown.weightsPoints().get("cfe"), DELTA);
        assertTrue(pueDown.rankingChanged());
        assertEquals(List.of("B 2 → 1", "A 1 → 2"), pueDown.changes());
        SensitivityCase pueUp = card.sensitivity().stream().filter(c -> c.criterion().equals("pue") && c.deltaPoints() > 0).findFirst().orElseThrow();
        assertFalse(pueUp.rankingChanged());
        assertFalse(card.rankingIsStable());
    }

    @Test
    void aClearWinnerIsStable() {
        List<CriterionRule> rules = List.of(minMax("pue", 50, Direction.LOWER_IS_BETTER), minMax("cfe", 50, Direction.HIGHER_IS_BETTER));
        Scorecard card = Scorer.score(rules, List.of(vendor("a", "pue", 1.1, "cfe", 90), vendor("b", "pue", 1.3, "cfe", 40)));
        assertTrue(card.rankingIsStable());
    }

    @Test
    void aSingleCriterionHasNoSensitivityAndABoundWeightSkipsTheImpossibleMove() {
        assertTrue(Scorer.sensitivity(List.of(minMax("pue", 100, Direction.LOWER_IS_BETTER)), List.of(vendor("a", "pue", 1.1))).isEmpty());
        List<SensitivityCase> cases = Scorer.sensitivity(List.of(minMax("a", 100, Direction.LOWER_IS_BETTER), minMax("b", 0, Direction.LOWER_IS_BETTER)),
                List.of(vendor("x", "a", 1, "b", 2), vendor("y", "a", 2, "b", 1)));
        assertEquals(2, cases.size(), "a at 100 cannot rise, b at 0 cannot fall");
    }
}
