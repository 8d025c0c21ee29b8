package org.aifootprint.calculation;

import java.time.YearMonth;
import java.util.List;

/**
 * One traceable figure: what it measures, its value (with a low–high range where utilisation was assumed),
 * the formula, the facility, month, model and phase it belongs to (null where not applicable), the data-quality
 * tier of its input, inference requests served (IT energy items only, else 0), the input records it came from ({@code usage:12}, {@code metrics:3}, {@code instrument:5},
 * …) and the factors it used ({@code grid-location:FR@2026.1}).
 */
public record LineItem(Measure measure, double value, double low, double high, Formula formula, String facility, YearMonth month,
        String model, String team, String phase, Tier tier, double requests, List<String> sources, List<String> factors) {

    public LineItem {
        sources = List.copyOf(sources);
        factors = List.copyOf(factors);
    }
}
