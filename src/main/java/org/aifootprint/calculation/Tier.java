package org.aifootprint.calculation;

/** How the energy of a usage record is known, best first (see docs/methodology.md, "Data-quality tiers"). */
public enum Tier {
    METERED, MEASURED, ESTIMATED
}
