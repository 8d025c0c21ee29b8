package org.aifootprint.domain.usage;

/** How a usage record arrived. */
public enum DataSource {
    MANUAL, CSV, BILLING_IMPORT, CODECARBON
}
