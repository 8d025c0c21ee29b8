package org.aifootprint.application.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.aifootprint.application.energy.InstrumentInput;
import org.aifootprint.application.energy.Procurement;
import org.aifootprint.application.facility.Facilities;
import org.aifootprint.application.facility.FacilityInput;
import org.aifootprint.application.facility.MetricsInput;
import org.aifootprint.application.hardware.AssetInput;
import org.aifootprint.application.hardware.EventInput;
import org.aifootprint.application.hardware.Hardware;
import org.aifootprint.application.model.ModelInput;
import org.aifootprint.application.model.Models;
import org.aifootprint.application.usage.Usage;
import org.aifootprint.application.usage.UsageInput;
import org.aifootprint.domain.energy.InstrumentKind;
import org.aifootprint.domain.facility.Granularity;
import org.aifootprint.domain.facility.OperatorKind;
import org.aifootprint.domain.hardware.Disposition;
import org.aifootprint.domain.hardware.EventKind;
import org.aifootprint.domain.hardware.HardwareRepository;
import org.aifootprint.domain.model.AiModelRepository;
import org.aifootprint.domain.model.ModelStatus;
import org.aifootprint.domain.shared.Importable;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.usage.DataSource;
import org.aifootprint.imports.CountingInputStream;
import org.aifootprint.imports.CsvFiles;
import org.aifootprint.imports.ImportFormat;
import org.aifootprint.imports.Row;
import org.apache.commons.csv.CSVParser;

/**
 * Imports one file in the project's own templates in a single transaction: every row goes through the same
 * use cases, validation and rules as a form, and is stamped with the import and its line. If any row is refused
 * the whole transaction rolls back ({@link ImportRejected}) with every refusal listed: never half a file.
 */
@Stateless
public class TemplateImport {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private ImportProgress progress;
    @Inject
    private Usage usage;
    @Inject
    private Models models;
    @Inject
    private AiModelRepository modelRepository;
    @Inject
    private Facilities facilities;
    @Inject
    private Procurement procurement;
    @Inject
    private Hardware hardware;
    @Inject
    private HardwareRepository hardwareRepository;
    @Inject
    private CloudRegionFacilities regions;
    @Inject
    private org.aifootprint.application.vendor.Vendors vendors;

    /** The outcome of a file that imported completely. */
    public record Result(String format, long rowsRead, long rowsImported, String outcome) {
        public Result(String format, long rowsRead, long rowsImported) {
            this(format, rowsRead, rowsImported, null);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result importFile(long jobId, Path file, String requestedFormat) {
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file)); CSVParser parser = CsvFiles.open(in)) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(h -> header.add(h.trim().toLowerCase(Locale.ROOT)));
            ImportFormat format = format(requestedFormat, header);
            long read = RowLoop.readAll(parser, format.code(), row -> importRow(format, row, jobId), n -> {
                em.flush();
                em.clear();
                progress.progress(jobId, n, in.count());
            });
            em.flush();
            return new Result(format.code(), read, read);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw RowLoop.unreadable(e);
        }
    }

    private static ImportFormat format(String requested, Set<String> header) {
        if (requested == null || requested.isBlank() || requested.equalsIgnoreCase("auto")) {
            return ImportFormat.detect(header).orElseThrow(() -> new ImportRejected("No known format matches the header; "
                    + "for compute usage the columns " + ImportFormat.USAGE.required() + " are required. Header read: " + header, List.of(), 0, 0, null));
        }
        ImportFormat format = ImportFormat.fromCode(requested).orElseThrow(() -> new ImportRejected("Unknown format '" + requested + "'.",
                List.of(), 0, 0, null));
        List<String> missing = format.missingFrom(header);
        if (!missing.isEmpty()) {
            throw new ImportRejected("The file is not in the " + format.code() + " format: required columns " + missing + " are missing.",
                    List.of(), 0, 0, null);
        }
        return format;
    }

    private void importRow(ImportFormat format, Row row, long jobId) {
        switch (format) {
            case USAGE -> write(row, jobId, usageInput(row), USAGE_COLUMNS, in -> {
                ensureModel(in.getModel(), jobId, row.line());
                return usage.create(in, DataSource.CSV);
            });
            case FACILITIES -> write(row, jobId, facilityInput(row), FACILITY_COLUMNS, facilities::create);
            case FACILITY_METRICS -> write(row, jobId, metricsInput(row), METRICS_COLUMNS, in -> {
                String code = row.text("facility");
                return facilities.addMetrics(facilities.facility(code == null ? "" : code).getId(), in);
            });
            case HARDWARE -> write(row, jobId, assetInput(row), ASSET_COLUMNS, hardware::create);
            case HARDWARE_EVENTS -> write(row, jobId, eventInput(row), EVENT_COLUMNS, in -> {
                String tag = row.text("asset_tag");
                var asset = hardwareRepository.findByTag(tag == null ? "" : tag)
                        .orElseThrow(() -> InvalidInput.of("assetTag", "no asset has the tag " + tag));
                return hardware.recordEvent(asset.getId(), in);
            });
            case PROCUREMENTS -> write(row, jobId, instrumentInput(row), INSTRUMENT_COLUMNS, procurement::create);
            case VENDORS -> {
                org.aifootprint.application.vendor.VendorCriterionInput in = vendorInput(row);
                write(row, jobId, in, VENDOR_COLUMNS, vendors::recordCriterion);
            }
            case CODECARBON -> {
                UsageInput in = codeCarbonInput(row, jobId);
                write(row, jobId, in, CODECARBON_COLUMNS, x -> {
                    ensureModel(x.getModel(), jobId, row.line());
                    return usage.create(x, DataSource.CODECARBON);
                });
            }
        }
    }

    /** Runs the use case unless a cell was unreadable; turns its refusals into row errors at the CSV column. */
    private <I> void write(Row row, long jobId, I input, Map<String, String> columnOfField, Function<I, ? extends Importable> useCase) {
        if (!row.errors().isEmpty()) {
            return;
        }
        try {
            useCase.apply(input).markImported(jobId, row.line());
        } catch (InvalidInput refusal) {
            refusal.errors().forEach(e -> row.refuse(e.field() == null ? null : columnOfField.getOrDefault(e.field(), e.field()), e.message()));
        } catch (org.aifootprint.application.NotFound missing) {
            row.refuse(null, missing.getMessage());
        }
    }

    /** Models are referred to by name in usage files and created on first use (owner team to be completed). */
    private void ensureModel(String name, long jobId, long line) {
        if (name != null && modelRepository.findByName(name).isEmpty()) {
            ModelInput in = new ModelInput();
            in.setName(name);
            in.setVersion("1");
            in.setOwnerTeam("Unassigned (created by import)");
            in.setStatus(ModelStatus.IN_PRODUCTION);
            models.create(in).markImported(jobId, line);
        }
    }

    static final Map<String, String> USAGE_COLUMNS = Map.ofEntries(Map.entry("model", "model"), Map.entry("modelId", "model"),
            Map.entry("phase", "phase"), Map.entry("periodStart", "period_start"), Map.entry("periodEnd", "period_end"),
            Map.entry("facility", "facility"), Map.entry("facilityId", "facility"), Map.entry("hardware", "hardware"),
            Map.entry("deviceCount", "device_count"), Map.entry("hours", "hours"), Map.entry("avgPowerW", "avg_power_w"),
            Map.entry("utilization", "utilization"), Map.entry("energyKwh", "energy_kwh"), Map.entry("requests", "requests"));

    static UsageInput usageInput(Row row) {
        UsageInput in = new UsageInput();
        in.setModel(row.text("model"));
        in.setPhase(row.text("phase"));
        in.setPeriodStart(row.date("period_start"));
        in.setPeriodEnd(row.date("period_end"));
        in.setFacility(row.text("facility"));
        in.setHardware(row.text("hardware"));
        in.setDeviceCount(row.integer("device_count"));
        in.setHours(row.number("hours"));
        in.setAvgPowerW(row.number("avg_power_w"));
        in.setUtilization(row.number("utilization"));
        in.setEnergyKwh(row.number("energy_kwh"));
        in.setRequests(row.whole("requests"));
        return in;
    }

    static final Map<String, String> VENDOR_COLUMNS = Map.of("vendorCode", "vendor_code", "vendorName", "vendor_name", "vendorKind", "vendor_kind",
            "criterion", "criterion", "value", "value", "unit", "unit", "source", "source", "sourceDate", "source_date");

    static org.aifootprint.application.vendor.VendorCriterionInput vendorInput(Row row) {
        var in = new org.aifootprint.application.vendor.VendorCriterionInput();
        in.setVendorCode(row.text("vendor_code"));
        in.setVendorName(row.text("vendor_name"));
        String kind = row.text("vendor_kind");
        in.setVendorKindText(kind);
        if (kind != null && in.getVendorKind() == null) {
            row.refuse("vendor_kind", "must be cloud-provider, colocation, hardware-oem or ai-api-provider");
        }
        in.setCriterion(row.text("criterion"));
        in.setValue(row.text("value"));
        in.setUnit(row.text("unit"));
        in.setSource(row.text("source"));
        in.setSourceDate(row.date("source_date"));
        return in;
    }

    static final Map<String, String> CODECARBON_COLUMNS = Map.ofEntries(Map.entry("model", "project_name"), Map.entry("phase", "phase"),
            Map.entry("periodStart", "timestamp"), Map.entry("periodEnd", "timestamp"), Map.entry("facility", "facility"),
            Map.entry("hardware", "gpu_model"), Map.entry("deviceCount", "gpu_count"), Map.entry("hours", "duration"),
            Map.entry("energyKwh", "energy_consumed"));

    /**
     * A CodeCarbon run as a usage record: the model is the project name; the run ended at {@code timestamp} after
     * {@code duration} seconds; its metered IT energy is {@code energy_consumed} kWh (CodeCarbon applies no PUE);
     * the devices are its GPUs (named in {@code gpu_model}, counted in {@code gpu_count}) or, without GPUs, its
     * CPUs as cloud-vcpu; it ran in the cloud region it names, else in the {@code facility} column's facility,
     * else in the tenant's only facility of its country.
     */
    UsageInput codeCarbonInput(Row row, long jobId) {
        UsageInput in = new UsageInput();
        in.setModel(row.text("project_name"));
        String phase = row.text("phase");
        in.setPhase(phase == null ? "training" : phase);
        Double seconds = row.number("duration");
        java.time.LocalDateTime end = null;
        String ts = row.text("timestamp");
        if (ts != null) {
            try {
                end = java.time.LocalDateTime.parse(ts.length() >= 19 ? ts.substring(0, 19).replace(' ', 'T') : ts);
            } catch (java.time.format.DateTimeParseException e) {
                row.refuse("timestamp", "is not a timestamp as CodeCarbon writes it (YYYY-MM-DDTHH:MM:SS)");
            }
        }
        if (seconds != null && seconds <= 0) {
            row.refuse("duration", "must be more than 0 seconds");
            seconds = null;
        }
        if (end != null && seconds != null) {
            in.setPeriodEnd(end.toLocalDate());
            in.setPeriodStart(end.minusSeconds((long) Math.ceil(seconds)).toLocalDate());
            in.setHours(seconds / 3600.0);
        }
        in.setEnergyKwh(row.number("energy_consumed"));
        Double gpus = row.number("gpu_count");
        String gpuModel = row.text("gpu_model");
        if (gpus != null && gpus > 0 || gpuModel != null) {
            String code = org.aifootprint.imports.billing.GpuNames.codeOf(gpuModel);
            if (code == null) {
                row.refuse("gpu_model", "names no GPU of the hardware catalogue (e.g. NVIDIA A100-SXM4-80GB, H100, L4, T4)");
            }
            in.setHardware(code);
            int count = gpus == null || gpus < 1 ? gpuCountIn(gpuModel) : (int) Math.round(gpus);
            in.setDeviceCount(count);
        } else {
            Double cpus = row.number("cpu_count");
            in.setHardware("cloud-vcpu");
            in.setDeviceCount(cpus == null || cpus < 1 ? 1 : (int) Math.round(cpus));
        }
        in.setFacility(codeCarbonFacility(row, jobId));
        return in;
    }

    /** "4 x NVIDIA A100" names four GPUs. */
    private static int gpuCountIn(String gpuModel) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(\\d+)\\s*x\\s", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(gpuModel == null ? "" : gpuModel);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** ISO 3166 alpha-3 (as CodeCarbon writes countries) to alpha-2 (as facilities carry them), built once. */
    private static final Map<String, String> ISO2_OF_ISO3 = java.util.Arrays.stream(Locale.getISOCountries())
            .collect(java.util.stream.Collectors.toMap(c -> new Locale("", c).getISO3Country(), c -> c, (a, b) -> a));

    private String codeCarbonFacility(Row row, long jobId) {
        String named = row.text("facility");
        if (named != null) {
            return named;
        }
        Boolean onCloud = row.text("on_cloud") == null ? Boolean.FALSE : switch (row.text("on_cloud").toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1" -> true;
            default -> false;
        };
        String provider = row.text("cloud_provider");
        String region = row.text("cloud_region");
        if (onCloud && provider != null && region != null) {
            return regions.ensure(provider, region, jobId, row.line());
        }
        String iso3 = row.text("country_iso_code");
        String iso2 = iso3 == null ? null : ISO2_OF_ISO3.get(iso3.toUpperCase(Locale.ROOT));
        List<org.aifootprint.domain.facility.Facility> candidates = iso2 == null ? List.of()
                : facilities.all().stream().filter(f -> iso2.equals(f.getCountry())).toList();
        if (candidates.size() == 1) {
            return candidates.get(0).getCode();
        }
        row.refuse("facility", "the run was not on a cloud region and " + (iso2 == null ? "names no country"
                : candidates.isEmpty() ? "no facility is in " + iso2 : candidates.size() + " facilities are in " + iso2)
                + ": add a facility column with the facility's code");
        return null;
    }

    static final Map<String, String> FACILITY_COLUMNS = Map.of("code", "code", "name", "name", "operatorKind", "operator", "country", "country",
            "gridZone", "grid_zone", "defaultPue", "pue", "defaultWueLitresPerKwh", "wue", "supplierFactorGramsPerKwh", "grid_factor_g_per_kwh",
            "supplierFactorEvidence", "grid_factor_g_per_kwh");

    static FacilityInput facilityInput(Row row) {
        FacilityInput in = new FacilityInput();
        in.setCode(row.text("code"));
        in.setName(row.text("name"));
        in.setOperatorKind(enumValue(row, "operator", OperatorKind.class, Map.of("own", OperatorKind.OWN, "colocation", OperatorKind.COLOCATION,
                "colo", OperatorKind.COLOCATION, "cloud", OperatorKind.CLOUD, "cloud provider", OperatorKind.CLOUD)));
        in.setCountry(row.text("country"));
        in.setGridZone(row.text("grid_zone"));
        in.setDefaultPue(row.number("pue"));
        in.setDefaultWueLitresPerKwh(row.number("wue"));
        in.setSupplierFactorGramsPerKwh(row.number("grid_factor_g_per_kwh"));
        if (in.getSupplierFactorGramsPerKwh() != null) {
            in.setSupplierFactorEvidence("CSV import, line " + row.line());
        }
        return in;
    }

    static final Map<String, String> METRICS_COLUMNS = Map.ofEntries(Map.entry("granularity", "granularity"), Map.entry("periodStart", "period_start"),
            Map.entry("totalEnergyKwh", "total_energy_kwh"), Map.entry("itEnergyKwh", "it_energy_kwh"), Map.entry("pue", "pue"),
            Map.entry("waterWithdrawnLitres", "water_withdrawn_l"), Map.entry("waterConsumedLitres", "water_consumed_l"),
            Map.entry("wueLitresPerKwh", "wue"), Map.entry("renewableOnSiteKwh", "renewable_onsite_kwh"),
            Map.entry("wasteHeatReusedKwh", "waste_heat_reused_kwh"), Map.entry("generatorFuelLitres", "generator_fuel_l"),
            Map.entry("refrigerantsKg", "refrigerant_kg"));

    static MetricsInput metricsInput(Row row) {
        MetricsInput in = new MetricsInput();
        in.setGranularity(enumValue(row, "granularity", Granularity.class, Map.of("month", Granularity.MONTH, "year", Granularity.YEAR)));
        in.setPeriodStart(row.date("period_start"));
        in.setTotalEnergyKwh(row.number("total_energy_kwh"));
        in.setItEnergyKwh(row.number("it_energy_kwh"));
        in.setPue(row.number("pue"));
        in.setWaterWithdrawnLitres(row.number("water_withdrawn_l"));
        in.setWaterConsumedLitres(row.number("water_consumed_l"));
        in.setWueLitresPerKwh(row.number("wue"));
        in.setRenewableOnSiteKwh(row.number("renewable_onsite_kwh"));
        in.setWasteHeatReusedKwh(row.number("waste_heat_reused_kwh"));
        in.setGeneratorFuelLitres(row.number("generator_fuel_l"));
        String gas = row.text("refrigerant_gas");
        Double kg = row.number("refrigerant_kg");
        if (gas != null || kg != null) {
            if (gas == null || kg == null) {
                row.refuse(gas == null ? "refrigerant_gas" : "refrigerant_kg", "refrigerant gas and kg go together");
            } else {
                in.setRefrigerantsKg(Map.of(gas, kg));
            }
        }
        return in;
    }

    static final Map<String, String> ASSET_COLUMNS = Map.of("hardware", "hardware", "assetTag", "asset_tag", "serialNumber", "serial_number",
            "quantity", "quantity", "facility", "facility", "acquiredOn", "acquired_on", "lifetimeYears", "lifetime_years", "massKg", "mass_kg",
            "embodiedKgCo2e", "embodied_kg_co2e", "embodiedSource", "embodied_source");

    static AssetInput assetInput(Row row) {
        AssetInput in = new AssetInput();
        in.setHardware(row.text("hardware"));
        in.setAssetTag(row.text("asset_tag"));
        in.setSerialNumber(row.text("serial_number"));
        in.setQuantity(row.integer("quantity"));
        in.setFacility(row.text("facility"));
        in.setAcquiredOn(row.date("acquired_on"));
        in.setLifetimeYears(row.number("lifetime_years"));
        in.setMassKg(row.number("mass_kg"));
        in.setEmbodiedKgCo2e(row.number("embodied_kg_co2e"));
        in.setEmbodiedSource(row.text("embodied_source"));
        return in;
    }

    static final Map<String, String> EVENT_COLUMNS = Map.of("assetTag", "asset_tag", "kind", "kind", "occurredOn", "occurred_on", "facility", "facility",
            "quantity", "quantity", "disposition", "disposition", "massKg", "mass_kg", "recipient", "recipient", "certificate", "certificate",
            "notes", "notes");

    static EventInput eventInput(Row row) {
        EventInput in = new EventInput();
        in.setKind(enumValue(row, "kind", EventKind.class, Map.of()));
        in.setOccurredOn(row.date("occurred_on"));
        in.setFacility(row.text("facility"));
        in.setQuantity(row.integer("quantity"));
        in.setDisposition(enumValue(row, "disposition", Disposition.class, Map.of("resale", Disposition.REUSE)));
        in.setMassKg(row.number("mass_kg"));
        in.setRecipient(row.text("recipient"));
        in.setCertificate(row.text("certificate"));
        in.setNotes(row.text("notes"));
        return in;
    }

    static final Map<String, String> INSTRUMENT_COLUMNS = Map.ofEntries(Map.entry("kind", "kind"), Map.entry("facility", "facility"),
            Map.entry("marketZone", "market_zone"), Map.entry("periodStart", "period_start"), Map.entry("periodEnd", "period_end"),
            Map.entry("volumeMwh", "volume_mwh"), Map.entry("vintageYear", "vintage_year"), Map.entry("certificateIds", "certificate_ids"),
            Map.entry("emissionFactorGramsPerKwh", "emission_factor_g_per_kwh"), Map.entry("supplier", "supplier"), Map.entry("notes", "notes"));

    static InstrumentInput instrumentInput(Row row) {
        InstrumentInput in = new InstrumentInput();
        in.setKind(enumValue(row, "kind", InstrumentKind.class, Map.of("ppa", InstrumentKind.PPA_PHYSICAL, "i-rec", InstrumentKind.I_REC)));
        in.setFacility(row.text("facility"));
        in.setMarketZone(row.text("market_zone"));
        in.setPeriodStart(row.date("period_start"));
        in.setPeriodEnd(row.date("period_end"));
        in.setVolumeMwh(row.number("volume_mwh"));
        in.setVintageYear(row.integer("vintage_year"));
        in.setCertificateIds(row.text("certificate_ids"));
        Boolean retired = row.bool("retired");
        in.setRetired(retired != null && retired);
        in.setEmissionFactorGramsPerKwh(row.number("emission_factor_g_per_kwh"));
        in.setSupplier(row.text("supplier"));
        in.setNotes(row.text("notes"));
        return in;
    }

    /** An enum cell by constant name (any case, '-' or ' ' for '_') or one of the listed synonyms. */
    static <E extends Enum<E>> E enumValue(Row row, String column, Class<E> type, Map<String, E> synonyms) {
        String v = row.text(column);
        if (v == null) {
            return null;
        }
        String key = v.toLowerCase(Locale.ROOT);
        if (synonyms.containsKey(key)) {
            return synonyms.get(key);
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            row.refuse(column, "must be one of " + String.join(", ", allowed));
            return null;
        }
    }
}
