package org.aifootprint.calculation;

import java.util.Map;
import java.util.Objects;

/**
 * A facility and the factors that apply to it. {@code cloud}: compute there is a purchased service (Scope 3
 * Cat 1), not purchased electricity (Scope 2). Optional factors may be null: {@code residualMix} (then the
 * location factor stands in, and the gap is reported), {@code supplier} (a supplier-specific rate for
 * market-based Scope 2), {@code defaultPue}/{@code defaultWue} (used for months without metrics).
 */
public record FacilityProfile(String code, String zone, boolean cloud, Factor location, Factor residualMix, Factor supplier,
        Factor tdLoss, Factor wttGeneration, Factor wttTd, Factor electricityWater, Factor defaultPue, Factor defaultWue,
        Factor dieselCombustion, Map<String, Factor> refrigerantGwp) {

    public FacilityProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(location, "location factor of " + code);
        refrigerantGwp = refrigerantGwp == null ? Map.of() : Map.copyOf(refrigerantGwp);
    }
}
