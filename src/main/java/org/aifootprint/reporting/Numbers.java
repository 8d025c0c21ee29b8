package org.aifootprint.reporting;

import java.util.Locale;

/** How reports print numbers: grouped thousands, fixed decimals per unit, an en dash for unknown. */
final class Numbers {

    private Numbers() {
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ENGLISH, "%,." + decimals + "f", value);
    }

    static String tonnes(double kg) {
        return fixed(kg / 1000.0, kg != 0 && Math.abs(kg) < 1000 ? 3 : 1);
    }

    static String mwh(double kwh) {
        return fixed(kwh / 1000.0, kwh != 0 && Math.abs(kwh) < 1000 ? 3 : 1);
    }

    static String percent(Double share) {
        return share == null ? "—" : fixed(share * 100, 1) + " %";
    }

    /** Change of {@code now} against {@code before} as "+12.3 % vs previous period", or a dash. */
    static String change(double now, Double before, String against) {
        if (before == null || before == 0) {
            return "no " + against + " data";
        }
        double change = (now - before) / before * 100;
        return (change >= 0 ? "+" : "") + fixed(change, 1) + " % vs " + against;
    }
}
