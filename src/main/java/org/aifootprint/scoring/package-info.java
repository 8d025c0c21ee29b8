/**
 * PURE vendor scorecards: normalisation (min–max across the compared vendors, or thresholds), weights in points
 * summing to 100, the missing-data policy (unknown never scores as good), ties and the sensitivity of the ranking
 * to each weight. Only {@code java.*} (guarded by {@code ScoringIsPureTest}); formulas in docs/methodology.md §13.
 */
package org.aifootprint.scoring;
