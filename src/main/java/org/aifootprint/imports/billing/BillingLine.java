package org.aifootprint.imports.billing;

import java.time.LocalDate;

/**
 * One line of a cloud billing export, read into the fields every format shares. Text fields are null when the
 * export leaves them empty; {@code quantity} and {@code cost} are 0 then.
 *
 * @param provider     aws, gcp, azure, oracle, or the provider's name in lower case
 * @param chargeType   as exported (FOCUS ChargeCategory, CUR line item type, GCP cost_type, Azure ChargeType)
 * @param model        the value of the model tag (attribution), or null
 * @param phase        the value of the phase tag, or null
 */
public record BillingLine(long line, String provider, String chargeType, String service, String serviceCategory, String sku,
        String description, String region, String resourceId, LocalDate usageDate, double quantity, String unit, double cost,
        String currency, String instanceType, Integer vcpus, String model, String phase, String extra) {
}
