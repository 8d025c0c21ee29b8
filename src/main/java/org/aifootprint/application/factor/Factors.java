package org.aifootprint.application.factor;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.NotFound;
import org.aifootprint.domain.factor.FactorCategory;
import org.aifootprint.domain.factor.FactorOverride;
import org.aifootprint.domain.factor.FactorRepository;
import org.aifootprint.domain.factor.FactorSet;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.factor.ReferenceFactor;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.infrastructure.tenancy.TenantContext;

/**
 * Factor sets and the tenant's overrides: which factors a calculation uses. Reading is open to every tenant
 * role; overriding a factor is an administrator's decision.
 */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class Factors {

    @Inject
    private FactorRepository factors;
    @Inject
    private InputValidation validation;
    @Inject
    private Clock clock;

    @PermitAll
    public List<FactorSet> sets() {
        return factors.findSets();
    }

    /** The set in force on a day: the latest effective on or before it (the earliest if none is yet). */
    @PermitAll
    public FactorSet setInForce(LocalDate day) {
        List<FactorSet> sets = factors.findSets();
        if (sets.isEmpty()) {
            throw new IllegalStateException("No factor set has been loaded");
        }
        return sets.stream().filter(s -> !s.getEffectiveFrom().isAfter(day)).findFirst().orElse(sets.get(sets.size() - 1));
    }

    @PermitAll
    public FactorSet set(String version) {
        return factors.findSet(version).orElseThrow(() -> InvalidInput.of("factorSet", "no factor set has the version '" + version
                + "'; known: " + factors.findSets().stream().map(FactorSet::getVersion).collect(Collectors.joining(", "))));
    }

    @PermitAll
    public List<ReferenceFactor> factors(String version) {
        return factors.findFactors(set(version));
    }

    /**
     * The table a calculation uses: the named version (or the one in force today) with the tenant's overrides
     * as they stood at {@code overridesAsOf} (or now). Recomputing with the same two gives the same factors.
     */
    public FactorTable table(String version, Instant overridesAsOf) {
        FactorSet set = version == null || version.isBlank() ? setInForce(LocalDate.now(clock.withZone(ZoneOffset.UTC))) : set(version.trim());
        Instant asOf = overridesAsOf == null ? clock.instant() : overridesAsOf;
        return new FactorTable(set.getVersion(), factors.findFactors(set), factors.findOverrides(), asOf);
    }

    public List<FactorOverride> overrides() {
        return factors.findOverrides();
    }

    /** A new version of the tenant's value for a factor; earlier versions stay for reproducing earlier results. */
    @RolesAllowed("ADMIN")
    public FactorOverride override(OverrideInput input) {
        validation.check(input);
        FactorCategory category = FactorCategory.fromCode(input.getCategory().trim()).orElseThrow(() -> InvalidInput.of("category",
                "must be one of " + Arrays.stream(FactorCategory.values()).filter(c -> !c.isMapping()).map(FactorCategory::code)
                        .collect(Collectors.joining(", "))));
        if (category.isMapping()) {
            throw InvalidInput.of("category", category.code() + " is a mapping, not a factor, and cannot be overridden");
        }
        String key = input.getKey().trim();
        int next = factors.findOverrides().stream().filter(o -> o.getCategory() == category && o.getKey().equals(key))
                .mapToInt(FactorOverride::getVersion).max().orElse(0) + 1;
        Instant now = clock.instant();
        factors.findOverrides().stream().filter(o -> o.getCategory() == category && o.getKey().equals(key) && o.getWithdrawnAt() == null)
                .forEach(o -> o.withdraw(now, TenantContext.actor()));
        FactorOverride created = new FactorOverride(category, key, next, input.getValue(), input.getEvidence().trim(), now, TenantContext.actor());
        factors.storeOverride(created);
        return created;
    }

    @RolesAllowed("ADMIN")
    public FactorOverride withdraw(long id) {
        FactorOverride o = factors.findOverride(id).orElseThrow(() -> new NotFound("Factor override", id));
        o.withdraw(clock.instant(), TenantContext.actor());
        return o;
    }
}
