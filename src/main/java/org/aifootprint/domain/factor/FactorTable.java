package org.aifootprint.domain.factor;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The factors in force for one calculation: a factor set (by version) with the tenant's overrides as they
 * stood at one instant. Answers "which factor applies to this key", resolving grid zones through cloud
 * regions ({@code aws:eu-west-3} → {@code FR}) and aliases ({@code US-CAISO} → {@code US-CAMX}), with the
 * documented fallbacks (residual mix → location-based; zone → its country → {@code DEFAULT}).
 */
public final class FactorTable {

    /** The row every per-zone file may carry for zones it does not list. */
    public static final String DEFAULT_KEY = "DEFAULT";

    private final String version;
    private final Instant overridesAsOf;
    private final Map<String, ReferenceFactor> reference = new HashMap<>();
    private final Map<String, FactorOverride> overrides = new HashMap<>();

    public FactorTable(String version, Collection<ReferenceFactor> factors, Collection<FactorOverride> allOverrideVersions, Instant overridesAsOf) {
        this.version = version;
        this.overridesAsOf = overridesAsOf;
        factors.forEach(f -> reference.put(key(f.getCategory(), f.getKey()), f));
        for (FactorOverride o : allOverrideVersions) {
            if (o.inForceAt(overridesAsOf)) {
                overrides.merge(key(o.getCategory(), o.getKey()), o, (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
            }
        }
    }

    public String version() {
        return version;
    }

    public Instant overridesAsOf() {
        return overridesAsOf;
    }

    /** The factor of this category and key: the tenant's override if one is in force, else the factor set's. */
    public Optional<FactorValue> find(FactorCategory category, String key) {
        if (key == null) {
            return Optional.empty();
        }
        FactorOverride o = overrides.get(key(category, key));
        if (o != null) {
            return Optional.of(new FactorValue(o.lineageId(), "override v" + o.getVersion(), o.getValue(), o.getUnit(),
                    "Tenant override by " + o.getCreatedBy() + " on " + o.getCreatedAt() + ": " + o.getEvidence()));
        }
        ReferenceFactor f = reference.get(key(category, key));
        if (f == null || f.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new FactorValue(category.code() + ":" + f.getKey(), version, f.getValue(), f.getUnit(),
                f.getSource() + " (" + f.getSourceYear() + "), " + f.getUrl() + ", " + f.getLicence()));
    }

    /** The key itself, or failing that its country part ({@code US-CAMX} → {@code US}), or {@code DEFAULT}. */
    public Optional<FactorValue> findWithFallback(FactorCategory category, String zone) {
        Optional<FactorValue> exact = find(category, zone);
        if (exact.isPresent() || zone == null) {
            return exact;
        }
        int dash = zone.indexOf('-');
        if (dash > 0) {
            Optional<FactorValue> country = find(category, zone.substring(0, dash));
            if (country.isPresent()) {
                return country;
            }
        }
        return find(category, DEFAULT_KEY);
    }

    /**
     * The electricity grid zone of a facility's grid zone: a cloud region maps to its zone, an alias to the
     * zone it stands for; anything else is a zone already.
     */
    public String gridZoneOf(String facilityZone) {
        if (facilityZone == null) {
            return null;
        }
        String z = facilityZone.trim();
        ReferenceFactor region = reference.get(key(FactorCategory.CLOUD_REGION_ZONE, z.toLowerCase(Locale.ROOT)));
        if (region == null) {
            region = reference.get(key(FactorCategory.CLOUD_REGION_ZONE, z));
        }
        if (region != null) {
            z = region.getTextValue();
        }
        ReferenceFactor alias = reference.get(key(FactorCategory.ZONE_ALIAS, z));
        return alias != null ? alias.getTextValue() : z;
    }

    /** Whether the facility's grid zone names a cloud region of the reference data ({@code provider:region}). */
    public boolean isCloudRegion(String facilityZone) {
        return facilityZone != null && (reference.containsKey(key(FactorCategory.CLOUD_REGION_ZONE, facilityZone.trim()))
                || reference.containsKey(key(FactorCategory.CLOUD_REGION_ZONE, facilityZone.trim().toLowerCase(Locale.ROOT))));
    }

    /** Whether a zone (after resolution) has a location-based factor: unknown zones are refused, not guessed. */
    public boolean knowsZone(String facilityZone) {
        return find(FactorCategory.GRID_LOCATION, gridZoneOf(facilityZone)).isPresent();
    }

    private static String key(FactorCategory category, String key) {
        return category.code() + "|" + key;
    }
}
