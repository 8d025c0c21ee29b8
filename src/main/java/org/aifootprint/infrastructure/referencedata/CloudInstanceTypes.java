package org.aifootprint.infrastructure.referencedata;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.aifootprint.imports.billing.BillingClassifier.InstanceType;
import org.apache.commons.csv.CSVRecord;

/** The reference mapping of cloud instance types (reference-data/cloud-instance-types.csv), read once. */
@ApplicationScoped
public class CloudInstanceTypes {

    private volatile Map<String, InstanceType> byKey;

    /** By "provider:instance type" in lower case. */
    public Map<String, InstanceType> all() {
        Map<String, InstanceType> m = byKey;
        if (m == null) {
            m = new HashMap<>();
            for (CSVRecord r : ReferenceDataLoader.parse("cloud-instance-types.csv")) {
                String provider = r.get("provider").trim().toLowerCase(Locale.ROOT);
                String name = r.get("instance_type").trim();
                Double gpus = ReferenceFactors.number(r, "gpu_count");
                m.put(provider + ":" + name.toLowerCase(Locale.ROOT), new InstanceType(provider, name, ReferenceFactors.number(r, "vcpus").intValue(),
                        ReferenceFactors.number(r, "memory_gb"), gpus == null ? 0 : gpus.intValue(), ReferenceFactors.text(r, "gpu_code"),
                        ReferenceFactors.text(r, "microarchitecture")));
            }
            byKey = Map.copyOf(m);
        }
        return byKey;
    }
}
