/**
 * Green procurement: vendors (cloud providers, colocation, hardware OEMs, AI model/API providers), their offerings
 * and criterion values with evidence, scorecard templates and the immutable scorecards made with them. The scoring
 * itself is {@code org.aifootprint.scoring}.
 */
package org.aifootprint.domain.vendor;
