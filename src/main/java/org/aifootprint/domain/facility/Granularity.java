package org.aifootprint.domain.facility;

/** The length of a metrics period: a calendar month or a calendar year. */
public enum Granularity {
    MONTH, YEAR
}
