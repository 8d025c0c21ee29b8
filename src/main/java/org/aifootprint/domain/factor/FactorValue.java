package org.aifootprint.domain.factor;

/**
 * A factor as a calculation uses it: its value and what identifies it for the lineage of every figure it
 * produces ({@code id} and {@code version}), with a human-readable source.
 */
public record FactorValue(String id, String version, double value, String unit, String source) {
}
