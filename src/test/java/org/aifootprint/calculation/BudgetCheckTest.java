package org.aifootprint.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aifootprint.calculation.BudgetCheck.State;
import org.junit.jupiter.api.Test;

class BudgetCheckTest {

    @Test
    void thresholdsFireExactlyAtTheBoundary() {
        assertEquals(State.OK, BudgetCheck.check(79.999, 100, 80).state());
        assertEquals(State.WARNING, BudgetCheck.check(80, 100, 80).state(), "at the warning share it warns");
        assertEquals(State.WARNING, BudgetCheck.check(100, 100, 80).state(), "the whole budget used is not yet over it");
        assertEquals(State.EXCEEDED, BudgetCheck.check(100.001, 100, 80).state());
        assertEquals(0.8, BudgetCheck.check(8, 10, 80).share(), 1e-12);
        assertEquals(State.WARNING, BudgetCheck.check(0.3, 0.3, 100).state(), "a 100 % threshold warns only when the budget is used up");
    }

    @Test
    void nonsenseLimitsAreRefusedAndTheWorseStateWins() {
        assertThrows(IllegalArgumentException.class, () -> BudgetCheck.check(1, 0, 80));
        assertThrows(IllegalArgumentException.class, () -> BudgetCheck.check(1, 10, 0));
        assertEquals(State.EXCEEDED, BudgetCheck.worse(State.WARNING, State.EXCEEDED));
        assertEquals(State.WARNING, BudgetCheck.worse(State.WARNING, State.OK));
    }
}
