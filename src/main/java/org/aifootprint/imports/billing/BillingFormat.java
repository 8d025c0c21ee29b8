package org.aifootprint.imports.billing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aifootprint.imports.Headers;

/**
 * The cloud billing exports the product reads, each as the columns that identify it and where each field of a
 * {@link BillingLine} is found. Column names are compared case-insensitively. See docs/csv-formats.md.
 */
public enum BillingFormat {
    /** FinOps FOCUS 1.x (1.0–1.2; provider columns prefixed x_ are ignored unless named here). */
    FOCUS("focus", "FinOps FOCUS 1.x", List.of("billedcost", "chargecategory", "chargeperiodstart", "providername", "servicename"),
            Map.ofEntries(Map.entry(Field.CHARGE_TYPE, "chargecategory"), Map.entry(Field.PROVIDER, "providername"),
                    Map.entry(Field.SERVICE, "servicename"), Map.entry(Field.SERVICE_CATEGORY, "servicecategory"), Map.entry(Field.SKU, "skuid"),
                    Map.entry(Field.DESCRIPTION, "chargedescription"), Map.entry(Field.REGION, "regionid"), Map.entry(Field.RESOURCE_ID, "resourceid"),
                    Map.entry(Field.START, "chargeperiodstart"), Map.entry(Field.END, "chargeperiodend"), Map.entry(Field.QUANTITY, "consumedquantity"),
                    Map.entry(Field.UNIT, "consumedunit"), Map.entry(Field.COST, "billedcost"), Map.entry(Field.CURRENCY, "billingcurrency"),
                    Map.entry(Field.INSTANCE_TYPE, "x_instancetype"), Map.entry(Field.TAGS, "tags"), Map.entry(Field.SKU_METER, "skumeter"))),
    /** AWS Cost and Usage Report, legacy CSV (lineItem/…, product/…, resourceTags/user:…). */
    AWS_CUR_LEGACY("aws-cur", "AWS CUR (legacy CSV)", List.of("lineitem/usagestartdate", "lineitem/productcode", "lineitem/usageamount",
            "lineitem/unblendedcost"),
            Map.ofEntries(Map.entry(Field.CHARGE_TYPE, "lineitem/lineitemtype"), Map.entry(Field.SERVICE, "lineitem/productcode"),
                    Map.entry(Field.SKU, "lineitem/usagetype"), Map.entry(Field.DESCRIPTION, "lineitem/lineitemdescription"),
                    Map.entry(Field.REGION, "product/region"), Map.entry(Field.RESOURCE_ID, "lineitem/resourceid"),
                    Map.entry(Field.START, "lineitem/usagestartdate"), Map.entry(Field.END, "lineitem/usageenddate"),
                    Map.entry(Field.QUANTITY, "lineitem/usageamount"), Map.entry(Field.UNIT, "pricing/unit"), Map.entry(Field.COST, "lineitem/unblendedcost"),
                    Map.entry(Field.CURRENCY, "lineitem/currencycode"), Map.entry(Field.INSTANCE_TYPE, "product/instancetype"),
                    Map.entry(Field.VCPUS, "product/vcpu"), Map.entry(Field.SERVICE_CATEGORY, "product/productfamily"))),
    /** AWS CUR as queried through Athena (snake case, resource_tags_user_…). */
    AWS_CUR_ATHENA("aws-cur", "AWS CUR (Athena snake case)", List.of("line_item_usage_start_date", "line_item_product_code",
            "line_item_usage_amount", "line_item_unblended_cost", "product_region"),
            Map.ofEntries(Map.entry(Field.CHARGE_TYPE, "line_item_line_item_type"), Map.entry(Field.SERVICE, "line_item_product_code"),
                    Map.entry(Field.SKU, "line_item_usage_type"), Map.entry(Field.DESCRIPTION, "line_item_line_item_description"),
                    Map.entry(Field.REGION, "product_region"), Map.entry(Field.RESOURCE_ID, "line_item_resource_id"),
                    Map.entry(Field.START, "line_item_usage_start_date"), Map.entry(Field.END, "line_item_usage_end_date"),
                    Map.entry(Field.QUANTITY, "line_item_usage_amount"), Map.entry(Field.UNIT, "pricing_unit"),
                    Map.entry(Field.COST, "line_item_unblended_cost"), Map.entry(Field.CURRENCY, "line_item_currency_code"),
                    Map.entry(Field.INSTANCE_TYPE, "product_instance_type"), Map.entry(Field.VCPUS, "product_vcpu"),
                    Map.entry(Field.SERVICE_CATEGORY, "product_product_family"))),
    /** AWS CUR 2.0 (data exports): product and resource_tags are map columns (JSON). */
    AWS_CUR_2("aws-cur", "AWS CUR 2.0", List.of("line_item_usage_start_date", "line_item_product_code", "line_item_usage_amount",
            "line_item_unblended_cost", "product_region_code"),
            Map.ofEntries(Map.entry(Field.CHARGE_TYPE, "line_item_line_item_type"), Map.entry(Field.SERVICE, "line_item_product_code"),
                    Map.entry(Field.SKU, "line_item_usage_type"), Map.entry(Field.DESCRIPTION, "line_item_line_item_description"),
                    Map.entry(Field.REGION, "product_region_code"), Map.entry(Field.RESOURCE_ID, "line_item_resource_id"),
                    Map.entry(Field.START, "line_item_usage_start_date"), Map.entry(Field.END, "line_item_usage_end_date"),
                    Map.entry(Field.QUANTITY, "line_item_usage_amount"), Map.entry(Field.UNIT, "pricing_unit"),
                    Map.entry(Field.COST, "line_item_unblended_cost"), Map.entry(Field.CURRENCY, "line_item_currency_code"),
                    Map.entry(Field.INSTANCE_TYPE, "product_instance_type"), Map.entry(Field.TAGS, "resource_tags"),
                    Map.entry(Field.SERVICE_CATEGORY, "product_product_family"))),
    /** Google Cloud billing export to BigQuery, exported as CSV (nested fields flattened with dots). */
    GCP("gcp", "Google Cloud billing export", List.of("service.description", "sku.description", "usage_start_time", "cost", "usage.amount",
            "usage.unit"),
            Map.ofEntries(Map.entry(Field.CHARGE_TYPE, "cost_type"), Map.entry(Field.SERVICE, "service.description"), Map.entry(Field.SKU, "sku.id"),
                    Map.entry(Field.DESCRIPTION, "sku.description"), Map.entry(Field.REGION, "location.region"),
                    Map.entry(Field.RESOURCE_ID, "resource.global_name"), Map.entry(Field.START, "usage_start_time"),
                    Map.entry(Field.END, "usage_end_time"), Map.entry(Field.QUANTITY, "usage.amount"), Map.entry(Field.UNIT, "usage.unit"),
                    Map.entry(Field.COST, "cost"), Map.entry(Field.CURRENCY, "currency"), Map.entry(Field.TAGS, "labels"),
                    Map.entry(Field.SYSTEM_TAGS, "system_labels"))),
    /** Azure cost details export (actual or amortized; both name the cost column CostInBillingCurrency). */
    AZURE("azure", "Azure cost details", List.of("date", "metercategory", "quantity", "unitofmeasure", "costinbillingcurrency"),
            Map.ofEntries(Map.entry(Field.CHARGE_TYPE, "chargetype"), Map.entry(Field.SERVICE, "metercategory"),
                    Map.entry(Field.SERVICE_CATEGORY, "metersubcategory"), Map.entry(Field.SKU, "meterid"), Map.entry(Field.DESCRIPTION, "metername"),
                    Map.entry(Field.REGION, "resourcelocation"), Map.entry(Field.RESOURCE_ID, "resourceid"), Map.entry(Field.START, "date"),
                    Map.entry(Field.QUANTITY, "quantity"), Map.entry(Field.UNIT, "unitofmeasure"), Map.entry(Field.COST, "costinbillingcurrency"),
                    Map.entry(Field.CURRENCY, "billingcurrency"), Map.entry(Field.TAGS, "tags"), Map.entry(Field.ADDITIONAL_INFO, "additionalinfo")));

    /** What a billing line is read as; each format names the column holding it (or none). */
    public enum Field {
        CHARGE_TYPE, PROVIDER, SERVICE, SERVICE_CATEGORY, SKU, SKU_METER, DESCRIPTION, REGION, RESOURCE_ID, START, END, QUANTITY, UNIT, COST,
        CURRENCY, INSTANCE_TYPE, VCPUS, TAGS, SYSTEM_TAGS, ADDITIONAL_INFO
    }

    private final String code;
    private final String label;
    private final List<String> required;
    private final Map<Field, String> columns;

    BillingFormat(String code, String label, List<String> required, Map<Field, String> columns) {
        this.code = code;
        this.label = label;
        this.required = required;
        this.columns = columns;
    }

    /** The format code used in {@code POST /api/v1/imports?format=…} (the AWS dialects share {@code aws-cur}). */
    public String code() {
        return code;
    }

    /** The dialect's name, as reported to the user ("detected: AWS CUR 2.0"). */
    public String label() {
        return label;
    }

    public List<String> required() {
        return required;
    }

    /** The (lower-case) column of a field, or null when the format has none. */
    public String column(Field field) {
        return columns.get(field);
    }

    public static boolean isBillingCode(String code) {
        return Arrays.stream(values()).anyMatch(f -> f.code.equalsIgnoreCase(code));
    }

    /** The required columns missing from a header. */
    public List<String> missingFrom(Set<String> header) {
        return Headers.missing(required, header);
    }

    /** The dialect whose required columns the header holds, among those of one format code or of all (code null). */
    public static Optional<BillingFormat> detect(Set<String> header, String code) {
        return Arrays.stream(values()).filter(f -> code == null || f.code.equalsIgnoreCase(code)).filter(f -> f.missingFrom(header).isEmpty())
                .findFirst();
    }

    /** The dialect of a format code closest to the header (fewest required columns missing), to explain a refusal. */
    public static BillingFormat closest(Set<String> header, String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code))
                .min((a, b) -> Integer.compare(a.missingFrom(header).size(), b.missingFrom(header).size())).orElseThrow();
    }

}
