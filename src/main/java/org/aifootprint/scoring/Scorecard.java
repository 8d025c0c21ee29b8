package org.aifootprint.scoring;

import java.util.List;

/** The result of comparing vendors on a template: the rules used, the ranking (best first) and its sensitivity. */
public record Scorecard(List<CriterionRule> rules, List<Ranked> ranking, List<SensitivityCase> sensitivity) {

    /** Whether no single weight moved by ±10 points changes any rank. */
    public boolean rankingIsStable() {
        return sensitivity.stream().noneMatch(SensitivityCase::rankingChanged);
    }
}
