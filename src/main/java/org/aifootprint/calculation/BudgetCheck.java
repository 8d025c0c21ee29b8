package org.aifootprint.calculation;

/**
 * Consumption against a budget: the share used, and the state — WARNING from the moment consumption reaches the
 * warning share of the budget (at exactly 80 % of an 80 % threshold, it warns), EXCEEDED once it is above the
 * budget (at exactly 100 % it has not yet exceeded; it warns).
 */
public final class BudgetCheck {

    public enum State {
        OK, WARNING, EXCEEDED
    }

    /** One limit: what was used of it. */
    public record Result(double used, double limit, double share, State state) {
    }

    private BudgetCheck() {
    }

    public static Result check(double used, double limit, int warnAtPercent) {
        if (!(limit > 0)) {
            throw new IllegalArgumentException("a budget must be more than 0, was " + limit);
        }
        if (warnAtPercent < 1 || warnAtPercent > 100) {
            throw new IllegalArgumentException("the warning threshold must be 1 to 100 %, was " + warnAtPercent);
        }
        State state = used > limit ? State.EXCEEDED : used * 100 >= limit * warnAtPercent ? State.WARNING : State.OK;
        return new Result(used, limit, used / limit, state);
    }

    /** The worse of two states (a budget with both limits shows the worse). */
    public static State worse(State a, State b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
