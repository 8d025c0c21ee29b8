package org.aifootprint.application.vendor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.factor.Factors;
import org.aifootprint.domain.factor.FactorCategory;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.factor.FactorValue;
import org.aifootprint.domain.hardware.HardwareRepository;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;
import org.aifootprint.domain.vendor.Criterion;
import org.aifootprint.domain.vendor.OfferingKind;
import org.aifootprint.domain.vendor.Vendor;
import org.aifootprint.domain.vendor.VendorCriterionValue;
import org.aifootprint.domain.vendor.VendorKind;
import org.aifootprint.domain.vendor.VendorOffering;
import org.aifootprint.domain.vendor.VendorRepository;
import org.aifootprint.imports.CsvExport;
import org.aifootprint.infrastructure.tenancy.TenantContext;

/**
 * Vendors, their offerings and criterion values with evidence: buyers (PROCUREMENT, and administrators) keep them,
 * every other tenant role reads them. Grid intensity is derived from the offered cloud regions and the factor set.
 */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class Vendors {

    /** A value the application derives rather than a person enters (grid intensity of the offered regions). */
    public record Derived(Criterion criterion, double value, String unit, String source) {
    }

    /** A criterion value as scorecards and exports see it: entered (with its evidence) or derived. */
    public record Evidence(Criterion criterion, double value, String text, String unit, String source, String sourceDate, String enteredBy,
            boolean derived) {
    }

    static final List<String> CSV_COLUMNS = List.of("vendor_code", "vendor_name", "vendor_kind", "criterion", "value", "unit", "source",
            "source_date", "entered_by", "entered_at");

    @Inject
    private VendorRepository vendors;
    @Inject
    private HardwareRepository hardware;
    @Inject
    private InputValidation validation;
    @Inject
    private Factors factors;
    @Inject
    private Clock clock;

    public List<Vendor> all() {
        return vendors.findAll();
    }

    public Page<Vendor> page(PageRequest request) {
        return vendors.page(request);
    }

    public Vendor vendor(long id) {
        return vendors.find(id).orElseThrow(() -> new NotFound("Vendor", id));
    }

    public Vendor vendor(String code) {
        return vendors.findByCode(code).orElseThrow(() -> new NotFound("Vendor", code));
    }

    @RolesAllowed("PROCUREMENT")
    public Vendor create(VendorInput input) {
        check(input, null);
        Vendor vendor = new Vendor(input.getCode().trim(), input.getName().trim(), input.getKind());
        vendor.setWebsite(input.getWebsite());
        vendors.store(vendor);
        return vendor;
    }

    @RolesAllowed("PROCUREMENT")
    public Vendor update(long id, VendorInput input) {
        Vendor vendor = vendor(id);
        check(input, vendor);
        vendor.setCode(input.getCode().trim());
        vendor.setName(input.getName().trim());
        vendor.setKind(input.getKind());
        vendor.setWebsite(input.getWebsite());
        return vendor;
    }

    /** Removes a vendor with its offerings and values (the audit history keeps them; scorecards keep their copy). */
    @RolesAllowed("PROCUREMENT")
    public void delete(long id) {
        vendors.remove(vendor(id));
    }

    @RolesAllowed("PROCUREMENT")
    public VendorOffering addOffering(long vendorId, OfferingInput input) {
        Vendor vendor = vendor(vendorId);
        validation.check(input);
        String reference = input.getReference().trim();
        if (input.getKind() == OfferingKind.REGION) {
            FactorTable table = factors.table(null, null);
            reference = reference.toLowerCase(Locale.ROOT);
            if (!table.isCloudRegion(reference)) {
                throw InvalidInput.of("reference", "'" + reference + "' is not a cloud region of factor set " + table.version()
                        + " (provider:region, e.g. aws:eu-west-3, gcp:europe-west1, azure:westeurope)");
            }
        } else if (input.getKind() == OfferingKind.HARDWARE_MODEL && hardware.findType(reference).isEmpty()) {
            throw InvalidInput.of("reference", "'" + reference + "' is not in the hardware catalogue (GET /api/v1/hardware-types)");
        }
        String ref = reference;
        if (vendor.getOfferings().stream().anyMatch(o -> o.getKind() == input.getKind() && o.getReference().equals(ref))) {
            throw InvalidInput.of("reference", vendor.getCode() + " already offers " + ref);
        }
        return vendor.offer(input.getKind(), ref, blankToNull(input.getLabel()));
    }

    @RolesAllowed("PROCUREMENT")
    public void removeOffering(long vendorId, long offeringId) {
        Vendor vendor = vendor(vendorId);
        VendorOffering offering = vendor.getOfferings().stream().filter(o -> o.getId() == offeringId).findFirst()
                .orElseThrow(() -> new NotFound("Offering", offeringId));
        vendor.withdraw(offering);
    }

    /** Records (or replaces) one criterion value of a vendor with its evidence; the audit history keeps the earlier one. */
    @RolesAllowed("PROCUREMENT")
    public VendorCriterionValue record(long vendorId, CriterionValueInput input) {
        return record(vendor(vendorId), input);
    }

    /**
     * One row of a {@code vendors} CSV file (docs/csv-formats.md), for the import pipeline: records the criterion value
     * of the vendor named by code, creating the vendor (code, name, kind) if it does not exist yet.
     */
    @RolesAllowed("PROCUREMENT")
    public VendorCriterionValue recordCriterion(VendorCriterionInput input) {
        validation.check(input);
        Vendor vendor = vendors.findByCode(input.getVendorCode().trim()).orElse(null);
        if (vendor == null) {
            VendorInput v = new VendorInput();
            v.setCode(input.getVendorCode());
            v.setName(input.getVendorName());
            v.setKind(input.getVendorKind());
            vendor = create(v);
        } else if (vendor.getKind() != input.getVendorKind()) {
            throw InvalidInput.of("vendorKind", "vendor " + vendor.getCode() + " is a " + vendor.getKind().label() + ", not a " + input.getVendorKind().label());
        }
        return record(vendor, input);
    }

    @RolesAllowed("PROCUREMENT")
    public void removeValue(long vendorId, String criterionCode) {
        Vendor vendor = vendor(vendorId);
        Criterion criterion = criterion(criterionCode);
        vendor.forget(vendor.valueOf(criterion).orElseThrow(() -> new NotFound("Criterion value", vendor.getCode() + "/" + criterion.code())));
    }

    /** Values derived from reference data: the mean grid intensity (gCO2e/kWh, location-based) of the offered cloud regions. */
    public List<Derived> derived(Vendor vendor) {
        return derived(vendor, factors.table(null, null));
    }

    public List<Derived> derived(Vendor vendor, FactorTable table) {
        List<String> regions = vendor.getOfferings().stream().filter(o -> o.getKind() == OfferingKind.REGION).map(VendorOffering::getReference).toList();
        List<FactorValue> found = new ArrayList<>();
        for (String region : regions) {
            table.findWithFallback(FactorCategory.GRID_LOCATION, table.gridZoneOf(region)).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        double meanGrams = found.stream().mapToDouble(f -> f.value() * 1000).average().orElseThrow();
        String ids = found.stream().map(FactorValue::id).distinct().collect(Collectors.joining(", "));
        return List.of(new Derived(Criterion.GRID_INTENSITY, Math.round(meanGrams * 10) / 10.0, Criterion.GRID_INTENSITY.unit(),
                "Mean location-based grid factor of " + found.size() + " offered region(s) " + String.join(", ", regions) + " (factor set "
                        + table.version() + ": " + ids + ")"));
    }

    /** Every criterion value of a vendor, entered and derived, as scorecards and exports show them. */
    public Map<Criterion, Evidence> evidence(Vendor vendor) {
        return evidence(vendor, factors.table(null, null));
    }

    public Map<Criterion, Evidence> evidence(Vendor vendor, FactorTable table) {
        Map<Criterion, Evidence> out = new LinkedHashMap<>();
        for (VendorCriterionValue v : vendor.getCriterionValues()) {
            out.put(v.getCriterion(), new Evidence(v.getCriterion(), v.getNumericValue(), v.getText(), v.getUnit(), v.getSourceDocument(),
                    v.getSourceDate().toString(), v.getEnteredBy(), false));
        }
        for (Derived d : derived(vendor, table)) {
            out.put(d.criterion(), new Evidence(d.criterion(), d.value(), d.criterion().text(d.value()), d.unit(), d.source(), table.version(),
                    "reference data", true));
        }
        return out;
    }

    /** {@code GET /api/v1/vendors/criteria.csv}: one row per vendor and entered criterion, cells neutralised for spreadsheets. */
    public String criteriaCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (Vendor vendor : vendors.findAll()) {
            for (VendorCriterionValue v : vendor.getCriterionValues()) {
                rows.add(List.of(vendor.getCode(), vendor.getName(), vendor.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        v.getCriterion().code(), v.getText(), v.getUnit(), v.getSourceDocument(), v.getSourceDate().toString(), v.getEnteredBy(),
                        v.getEnteredAt().toString()));
            }
        }
        return CsvExport.write(CSV_COLUMNS, rows);
    }

    public List<Criterion> criteria() {
        return Arrays.asList(Criterion.values());
    }

    private VendorCriterionValue record(Vendor vendor, CriterionValueInput input) {
        validation.check(input);
        Criterion criterion = criterion(input.getCriterion());
        if (!criterion.isEntered()) {
            throw InvalidInput.of("criterion", criterion.code() + " is derived from the offered regions and the reference data, not entered");
        }
        Optional<Double> number = criterion.number(input.getValue());
        if (number.isEmpty() || !Double.isFinite(number.get())) {
            throw InvalidInput.of("value", switch (criterion.type()) {
                case YES_NO -> "must be yes or no";
                case LEVEL -> "must be one of " + String.join(", ", criterion.levels());
                default -> "must be a number with a decimal point, in " + criterion.unit();
            });
        }
        double value = number.get();
        InvalidInput.Checks checks = new InvalidInput.Checks();
        if (criterion.unit().equals("%")) {
            checks.refuseIf(value < 0 || value > 100, "value", "must be a percentage between 0 and 100");
        } else if (criterion == Criterion.PUE) {
            checks.refuseIf(value < 1 || value > 4, "value", "must be a PUE between 1.0 and 4.0");
        } else if (criterion == Criterion.REF) {
            checks.refuseIf(value < 0 || value > 1, "value", "must be a ratio between 0 and 1");
        } else if (criterion == Criterion.REPAIRABILITY) {
            checks.refuseIf(value < 0 || value > 10, "value", "must be a score between 0 and 10");
        } else {
            checks.refuseIf(value < 0, "value", "cannot be negative");
        }
        checks.refuseIf(input.getUnit() != null && !input.getUnit().equalsIgnoreCase(criterion.unit()), "unit",
                "must be " + criterion.unit() + " for " + criterion.code() + " (convert the value first)");
        checks.throwIfAny();
        return vendor.record(criterion, value, criterion.unit(), input.getSource().trim(), input.getSourceDate(), TenantContext.actor(), clock.instant());
    }

    static Criterion criterion(String code) {
        return Criterion.fromCode(code).orElseThrow(() -> InvalidInput.of("criterion", "must be one of "
                + Arrays.stream(Criterion.values()).map(Criterion::code).collect(Collectors.joining(", "))));
    }

    private void check(VendorInput input, Vendor self) {
        validation.check(input);
        vendors.findByCode(input.getCode().trim()).filter(other -> other != self)
                .ifPresent(other -> {
                    throw InvalidInput.of("code", "another vendor already has the code " + other.getCode());
                });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The kinds, for pickers. */
    public List<VendorKind> kinds() {
        return Arrays.asList(VendorKind.values());
    }
}
