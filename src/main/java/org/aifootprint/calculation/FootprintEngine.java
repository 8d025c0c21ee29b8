package org.aifootprint.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The footprint calculation: plain Java, no container, no database. It takes a {@link FootprintInput} and
 * returns a {@link Footprint} whose every figure is a line item naming its formula, factors and inputs.
 * docs/methodology.md describes the same formulas in words; each method below cites the standard it follows.
 *
 * <p>Work is done per usage record and calendar month: a record reaching over several months (or beyond the
 * period) is split pro rata by days, so that each part meets the PUE, metrics and instruments of its month.
 */
public final class FootprintEngine {

    private static final double HOURS_PER_YEAR = 8760.0;

    private FootprintEngine() {
    }

    /** One usage record's part in one month of the period. */
    private record Slice(UsageRecord usage, YearMonth month, double itKwh, double itLowKwh, double itHighKwh, double deviceHours,
            double requests, List<String> energyFactors, Formula formula) {
    }

    /** What a facility measured in one month (from a monthly row, or a yearly row pro rata by days). */
    private record MonthMetrics(String source, Double totalKwh, Double itKwh, Double pue, Double waterConsumedL, Double wue, Double fuelL,
            Map<String, Double> refrigerantKg) {
    }

    public static Footprint calculate(FootprintInput in) {
        return new Run(in).execute();
    }

    private static final class Run {
        private final FootprintInput in;
        private final Map<String, FacilityProfile> profiles = new HashMap<>();
        private final List<LineItem> items = new ArrayList<>();
        private final Map<String, Factor> factors = new HashMap<>();
        private final Set<String> gaps = new TreeSet<>();

        Run(FootprintInput in) {
            this.in = in;
            in.facilities().forEach(p -> profiles.put(p.code(), p));
            gaps.addAll(in.knownGaps());
        }

        Footprint execute() {
            List<Slice> slices = new ArrayList<>();
            for (UsageRecord u : in.usage()) {
                slices.addAll(slices(u));
            }
            Map<String, Map<YearMonth, List<Slice>>> byFacilityMonth = new LinkedHashMap<>();
            for (Slice s : slices) {
                byFacilityMonth.computeIfAbsent(s.usage().facility(), k -> new LinkedHashMap<>()).computeIfAbsent(s.month(), k -> new ArrayList<>()).add(s);
            }
            Map<String, Map<YearMonth, Double>> facilityKwhByZoneMonth = new HashMap<>();
            Map<Slice, Double> facilityKwhOfSlice = new HashMap<>();
            Map<Slice, Double> pueOfSlice = new HashMap<>();
            byFacilityMonth.forEach((code, months) -> {
                FacilityProfile profile = profile(code);
                months.forEach((month, monthSlices) -> {
                    MonthMetrics metrics = metrics(code, month);
                    Pue pue = pue(profile, metrics, month);
                    double aiItKwh = monthSlices.stream().mapToDouble(Slice::itKwh).sum();
                    for (Slice s : monthSlices) {
                        double facilityKwh = s.itKwh() * pue.value();
                        facilityKwhOfSlice.put(s, facilityKwh);
                        pueOfSlice.put(s, pue.value());
                        energyItems(s, profile, pue, facilityKwh);
                        embodied(s);
                        water(s, profile, metrics, facilityKwh);
                    }
                    scope1(profile, month, metrics, monthSlices, aiItKwh);
                    if (!profile.cloud()) {
                        double consumption = metrics != null && metrics.totalKwh() != null ? metrics.totalKwh() : aiItKwh * pue.value();
                        facilityKwhByZoneMonth.computeIfAbsent(profile.zone(), z -> new HashMap<>()).merge(month, consumption, Double::sum);
                    }
                });
            });
            // Facilities with metrics but no AI usage in a month still consume electricity that instruments cover.
            addConsumptionWithoutUsage(byFacilityMonth, facilityKwhByZoneMonth);
            for (Slice s : slices) {
                FacilityProfile profile = profile(s.usage().facility());
                if (!profile.cloud()) {
                    scope2Market(s, profile, facilityKwhOfSlice.get(s), facilityKwhByZoneMonth.get(profile.zone()).get(s.month()), pueOfSlice.get(s));
                }
            }
            capitalGoods();
            endOfLife();
            return new Footprint(in.from(), in.to(), items, factors, collapsed(gaps));
        }

        // ---- IT energy ------------------------------------------------------------------------------------

        /**
         * The record's IT energy, split over the months of its overlap with the period, pro rata by days.
         * Metered kWh if given; else device-hours × measured W; else device-hours × (idle W + u × (TDP − idle W))
         * with u the record's utilisation, or the default (range: u = 0 to 1). (CCF methodology; ISO/IEC 21031 E.)
         */
        private List<Slice> slices(UsageRecord u) {
            LocalDate start = max(u.start(), in.from());
            LocalDate end = min(u.end(), in.to());
            if (end.isBefore(start)) {
                return List.of();
            }
            double kwh;
            double low;
            double high;
            Formula formula;
            List<String> energyFactors = new ArrayList<>();
            if (u.cloudEstimate() != null) {
                kwh = u.cloudEstimate().kwh();
                low = u.cloudEstimate().lowKwh();
                high = u.cloudEstimate().highKwh();
                formula = Formula.IT_ENERGY_CLOUD_BILLING;
                u.cloudEstimate().factors().forEach(f -> energyFactors.add(use(f).ref()));
            } else switch (u.tier()) {
                case METERED -> {
                    kwh = low = high = u.meteredKwh();
                    formula = Formula.IT_ENERGY_METERED;
                }
                case MEASURED -> {
                    kwh = low = high = u.deviceHours() * u.avgPowerW() / 1000.0;
                    formula = Formula.IT_ENERGY_MEASURED;
                }
                default -> {
                    double idle = use(u.hardware().idleW()).value();
                    double tdp = use(u.hardware().tdpW()).value();
                    energyFactors.add(u.hardware().idleW().ref());
                    energyFactors.add(u.hardware().tdpW().ref());
                    double utilization = u.utilization() != null ? u.utilization() : in.defaultUtilization();
                    kwh = u.deviceHours() * (idle + utilization * (tdp - idle)) / 1000.0;
                    low = u.utilization() != null ? kwh : u.deviceHours() * idle / 1000.0;
                    high = u.utilization() != null ? kwh : u.deviceHours() * tdp / 1000.0;
                    formula = Formula.IT_ENERGY_ESTIMATED;
                    if (u.utilization() == null) {
                        gaps.add("usage " + u.id() + " (" + u.model() + ", " + u.hardware().code() + "): utilisation unknown; "
                                + percent(in.defaultUtilization()) + " assumed, range 0–100 %");
                    }
                }
            }
            List<Slice> slices = new ArrayList<>();
            double days = u.days();
            for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
                LocalDate ms = max(m.atDay(1), start);
                LocalDate me = min(m.atEndOfMonth(), end);
                double share = UsageRecord.days(ms, me) / days;
                double requests = u.requests() == null ? 0 : u.requests() * share;
                slices.add(new Slice(u, m, kwh * share, low * share, high * share, u.deviceHours() * share, requests, energyFactors, formula));
            }
            return slices;
        }

        private record Pue(double value, String source, Factor factor) {
        }

        /** PUE of the facility in the month: the month's metrics, else the facility's default (provider default for cloud). ISO/IEC 30134-2. */
        private Pue pue(FacilityProfile profile, MonthMetrics metrics, YearMonth month) {
            if (metrics != null && metrics.pue() != null) {
                return new Pue(metrics.pue(), metrics.source(), null);
            }
            if (profile.defaultPue() != null) {
                return new Pue(use(profile.defaultPue()).value(), null, profile.defaultPue());
            }
            gaps.add(profile.code() + " " + month + ": no PUE (no metrics and no default); PUE 1.0 used, facility overhead missing");
            return new Pue(1.0, null, null);
        }

        private void energyItems(Slice s, FacilityProfile profile, Pue pue, double facilityKwh) {
            UsageRecord u = s.usage();
            List<String> usageSource = List.of("usage:" + u.id());
            add(Measure.IT_ENERGY, s.itKwh(), s.itLowKwh(), s.itHighKwh(), s.formula(), s, usageSource, s.energyFactors());
            List<String> pueSources = pue.source() == null ? usageSource : List.of("usage:" + u.id(), pue.source());
            List<String> pueFactors = pue.factor() == null ? s.energyFactors() : plus(s.energyFactors(), pue.factor().ref());
            add(Measure.FACILITY_ENERGY, facilityKwh, s.itLowKwh() * pue.value(), s.itHighKwh() * pue.value(), Formula.FACILITY_ENERGY, s,
                    pueSources, pueFactors);
            Factor grid = use(profile.location());
            double kg = facilityKwh * grid.value();
            double lowKg = s.itLowKwh() * pue.value() * grid.value();
            double highKg = s.itHighKwh() * pue.value() * grid.value();
            if (profile.cloud()) {
                // GHG Protocol Scope 3 Standard, Category 1: purchased (cloud) services, estimated from usage.
                add(Measure.SCOPE3_CAT1, kg, lowKg, highKg, Formula.SCOPE3_CAT1_CLOUD, s, pueSources, plus(pueFactors, grid.ref()));
            } else {
                // GHG Protocol Scope 2 Guidance, location-based method: grid-average factor where the energy is used.
                add(Measure.SCOPE2_LOCATION, kg, lowKg, highKg, Formula.SCOPE2_LOCATION, s, pueSources, plus(pueFactors, grid.ref()));
                upstream(s, profile, facilityKwh, pue, pueSources, pueFactors);
            }
        }

        /** Scope 3 Cat 3: T&D losses and well-to-tank of the purchased electricity (GHG Protocol Scope 3 Standard, ch. 5). */
        private void upstream(Slice s, FacilityProfile profile, double facilityKwh, Pue pue, List<String> sources, List<String> baseFactors) {
            double perKwh = 0;
            List<String> refs = new ArrayList<>(baseFactors);
            for (Factor f : new Factor[] {profile.tdLoss(), profile.wttGeneration(), profile.wttTd()}) {
                if (f != null) {
                    perKwh += use(f).value();
                    refs.add(f.ref());
                }
            }
            if (profile.tdLoss() == null || profile.wttGeneration() == null) {
                gaps.add(profile.code() + ": upstream factors of electricity (T&D, well-to-tank) incomplete for zone " + profile.zone());
            }
            add(Measure.SCOPE3_CAT3, facilityKwh * perKwh, s.itLowKwh() * pue.value() * perKwh, s.itHighKwh() * pue.value() * perKwh,
                    Formula.SCOPE3_CAT3_UPSTREAM, s, sources, refs);
        }

        // ---- Scope 2, market-based ---------------------------------------------------------------------

        /**
         * GHG Protocol Scope 2 Guidance, market-based method (ch. 6): contractual instruments of the same zone and
         * month cover the zone's consumption pro rata — coverage = min(1, instrument kWh / consumption of all the
         * tenant's facilities in the zone), so that no MWh is claimed twice — at the instruments' volume-weighted
         * factor; the rest takes the supplier-specific factor, else the residual mix, else (disclosed as a gap)
         * the location-based factor. Offsets are never an input.
         */
        private void scope2Market(Slice s, FacilityProfile profile, double facilityKwh, double zoneConsumptionKwh, double pue) {
            YearMonth month = s.month();
            double availableKwh = 0;
            double weightedKg = 0;
            List<String> sources = new ArrayList<>(List.of("usage:" + s.usage().id()));
            List<String> refs = new ArrayList<>(s.energyFactors());
            for (Instrument i : in.instruments()) {
                if (!i.zone().equals(profile.zone())) {
                    continue;
                }
                LocalDate start = max(i.start(), month.atDay(1));
                LocalDate end = min(i.end(), month.atEndOfMonth());
                if (end.isBefore(start)) {
                    continue;
                }
                double kwh = i.volumeMwh() * 1000.0 * UsageRecord.days(start, end) / UsageRecord.days(i.start(), i.end());
                availableKwh += kwh;
                weightedKg += kwh * use(i.emissionFactor()).value();
                sources.add("instrument:" + i.id());
                refs.add(i.emissionFactor().ref());
            }
            double coverage = zoneConsumptionKwh <= 0 ? 0 : Math.min(1.0, availableKwh / zoneConsumptionKwh);
            double instrumentFactor = availableKwh > 0 ? weightedKg / availableKwh : 0;
            Factor remainder = profile.supplier() != null ? profile.supplier() : profile.residualMix();
            if (remainder == null) {
                remainder = profile.location();
                if (coverage < 1) {
                    gaps.add(profile.code() + " " + month + ": no supplier-specific or residual-mix factor for " + profile.zone()
                            + "; location-based factor used for market-based Scope 2");
                }
            }
            use(remainder);
            if (coverage < 1) {
                refs.add(remainder.ref());
            }
            double perKwh = coverage * instrumentFactor + (1 - coverage) * remainder.value();
            add(Measure.SCOPE2_MARKET, facilityKwh * perKwh, s.itLowKwh() * pue * perKwh, s.itHighKwh() * pue * perKwh, Formula.SCOPE2_MARKET,
                    s, sources, refs);
        }

        private void addConsumptionWithoutUsage(Map<String, Map<YearMonth, List<Slice>>> byFacilityMonth,
                Map<String, Map<YearMonth, Double>> consumption) {
            for (FacilityProfile p : in.facilities()) {
                if (p.cloud() || !consumption.containsKey(p.zone())) {
                    continue;
                }
                for (YearMonth month : consumption.get(p.zone()).keySet().toArray(YearMonth[]::new)) {
                    boolean hasUsage = byFacilityMonth.getOrDefault(p.code(), Map.of()).containsKey(month);
                    MonthMetrics m = metrics(p.code(), month);
                    if (!hasUsage && m != null && m.totalKwh() != null) {
                        consumption.get(p.zone()).merge(month, m.totalKwh(), Double::sum);
                    }
                }
            }
        }

        // ---- Scope 1 ------------------------------------------------------------------------------------

        /**
         * GHG Protocol Corporate Standard, Scope 1: generator fuel × combustion factor + refrigerant top-ups × GWP100,
         * of the facility in the month, allocated to each usage by its share of the facility's IT energy (capped at 1).
         */
        private void scope1(FacilityProfile profile, YearMonth month, MonthMetrics metrics, List<Slice> monthSlices, double aiItKwh) {
            if (profile.cloud() || metrics == null) {
                return;
            }
            boolean hasFuel = metrics.fuelL() != null && metrics.fuelL() > 0;
            boolean hasRefrigerant = !metrics.refrigerantKg().isEmpty();
            if (!hasFuel && !hasRefrigerant) {
                return;
            }
            if (metrics.itKwh() == null || metrics.itKwh() <= 0) {
                gaps.add(profile.code() + " " + month + ": Scope 1 not allocated to AI (facility IT energy unknown)");
                return;
            }
            double scale = aiItKwh > metrics.itKwh() ? metrics.itKwh() / aiItKwh : 1.0;
            if (scale < 1) {
                gaps.add(profile.code() + " " + month + ": AI IT energy exceeds the facility's metered IT energy; AI share capped at 100 %");
            }
            for (Slice s : monthSlices) {
                double share = s.itKwh() / metrics.itKwh() * scale;
                double lowShare = s.itLowKwh() / metrics.itKwh() * scale;
                double highShare = Math.min(1.0, s.itHighKwh() / metrics.itKwh() * scale);
                List<String> sources = List.of("usage:" + s.usage().id(), metrics.source());
                if (hasFuel) {
                    if (profile.dieselCombustion() == null) {
                        gaps.add(profile.code() + ": no combustion factor for generator fuel");
                    } else {
                        double kg = metrics.fuelL() * use(profile.dieselCombustion()).value();
                        add(Measure.SCOPE1, kg * share, kg * lowShare, kg * highShare, Formula.SCOPE1_FUEL, s, sources,
                                plus(s.energyFactors(), profile.dieselCombustion().ref()));
                    }
                }
                for (Map.Entry<String, Double> r : metrics.refrigerantKg().entrySet()) {
                    Factor gwp = profile.refrigerantGwp().get(r.getKey());
                    if (gwp == null) {
                        gaps.add(profile.code() + ": no GWP for refrigerant " + r.getKey() + "; its top-up is not counted");
                        continue;
                    }
                    double kg = r.getValue() * use(gwp).value();
                    add(Measure.SCOPE1, kg * share, kg * lowShare, kg * highShare, Formula.SCOPE1_REFRIGERANT, s, sources,
                            plus(s.energyFactors(), gwp.ref()));
                }
            }
        }

        // ---- Embodied, water -----------------------------------------------------------------------------

        /** SCI (ISO/IEC 21031) M: embodied emissions × share of the devices' lifetime the usage took. */
        private void embodied(Slice s) {
            UsageRecord.Hardware h = s.usage().hardware();
            if (h.embodiedKgPerUnit() == null || h.lifetimeYears() == null || h.lifetimeYears().value() <= 0) {
                gaps.add(h.code() + ": no embodied emissions or lifetime; embodied share of its usage not counted");
                return;
            }
            double kg = s.deviceHours() / (use(h.lifetimeYears()).value() * HOURS_PER_YEAR) * use(h.embodiedKgPerUnit()).value();
            add(Measure.EMBODIED_SHARE, kg, kg, kg, Formula.EMBODIED_AMORTISED, s, List.of("usage:" + s.usage().id()),
                    List.of(h.embodiedKgPerUnit().ref(), h.lifetimeYears().ref()));
        }

        /**
         * Site water: metered consumption × AI share of IT energy where metered, else IT energy × WUE (ISO/IEC
         * 30134-9); source water: facility energy × water intensity of the electricity.
         */
        private void water(Slice s, FacilityProfile profile, MonthMetrics metrics, double facilityKwh) {
            List<String> usage = List.of("usage:" + s.usage().id());
            if (metrics != null && metrics.waterConsumedL() != null && metrics.itKwh() != null && metrics.itKwh() > 0) {
                double share = Math.min(1.0, s.itKwh() / metrics.itKwh());
                double litres = metrics.waterConsumedL() * share;
                add(Measure.WATER_SITE, litres, metrics.waterConsumedL() * Math.min(1.0, s.itLowKwh() / metrics.itKwh()),
                        metrics.waterConsumedL() * Math.min(1.0, s.itHighKwh() / metrics.itKwh()), Formula.WATER_SITE_METERED, s,
                        List.of("usage:" + s.usage().id(), metrics.source()), s.energyFactors());
            } else {
                Double wue = metrics != null ? metrics.wue() : null;
                List<String> refs = s.energyFactors();
                List<String> sources = metrics != null && wue != null ? List.of("usage:" + s.usage().id(), metrics.source()) : usage;
                if (wue == null && profile.defaultWue() != null) {
                    wue = use(profile.defaultWue()).value();
                    refs = plus(refs, profile.defaultWue().ref());
                }
                if (wue == null) {
                    gaps.add(profile.code() + " " + s.month() + ": no water figures or WUE; site water not counted");
                } else {
                    add(Measure.WATER_SITE, s.itKwh() * wue, s.itLowKwh() * wue, s.itHighKwh() * wue, Formula.WATER_SITE_WUE, s, sources, refs);
                }
            }
            if (profile.electricityWater() != null) {
                double perKwh = use(profile.electricityWater()).value();
                double pue = s.itKwh() > 0 ? facilityKwh / s.itKwh() : 1.0;
                add(Measure.WATER_SOURCE, facilityKwh * perKwh, s.itLowKwh() * pue * perKwh, s.itHighKwh() * pue * perKwh, Formula.WATER_SOURCE, s,
                        usage, plus(s.energyFactors(), profile.electricityWater().ref()));
            }
        }

        // ---- Hardware: Cat 2 and end of life -----------------------------------------------------------------

        /** GHG Protocol Scope 3 Standard, Cat 2: cradle-to-gate emissions of capital goods, in full in the year acquired. */
        private void capitalGoods() {
            for (Acquisition a : in.acquisitions()) {
                if (a.date().isBefore(in.from()) || a.date().isAfter(in.to())) {
                    continue;
                }
                double kg = a.quantity() * use(a.embodiedKgPerUnit()).value();
                items.add(new LineItem(Measure.SCOPE3_CAT2, kg, kg, kg, Formula.SCOPE3_CAT2_CAPITAL_GOODS, null, YearMonth.from(a.date()), null, null,
                        a.hardware(), null, 0, List.of("acquisition:" + a.id()), List.of(a.embodiedKgPerUnit().ref())));
            }
        }

        /** End of life: reuse and refurbishment (sold on) are Cat 12; recycling, landfill and incineration are waste, Cat 5. */
        private void endOfLife() {
            for (Disposal d : in.disposals()) {
                if (d.date().isBefore(in.from()) || d.date().isAfter(in.to())) {
                    continue;
                }
                double kg = d.massKg() * use(d.endOfLifeKgPerKg()).value();
                Measure measure = d.isSoldProduct() ? Measure.SCOPE3_CAT12 : Measure.SCOPE3_CAT5;
                List<String> sources = List.of("disposal:" + d.id());
                items.add(new LineItem(measure, kg, kg, kg, Formula.SCOPE3_END_OF_LIFE, null, YearMonth.from(d.date()), null, null, d.disposition(),
                        null, 0, sources, List.of(d.endOfLifeKgPerKg().ref())));
                items.add(new LineItem(Measure.EWASTE, d.massKg(), d.massKg(), d.massKg(), Formula.SCOPE3_END_OF_LIFE, null, YearMonth.from(d.date()),
                        null, null, d.disposition(), null, 0, sources, List.of()));
            }
        }

        // ---- helpers -----------------------------------------------------------------------------------

        /** "F 2025-01: x", "F 2025-02: x" … become "F 2025-01 to 2025-12 (12 months): x". */
        private static List<String> collapsed(Set<String> gaps) {
            Map<String, List<String>> monthsByGap = new LinkedHashMap<>();
            List<String> result = new ArrayList<>();
            java.util.regex.Pattern monthly = java.util.regex.Pattern.compile("^(\\S+) (\\d{4}-\\d{2}): (.*)$");
            for (String gap : gaps) {
                java.util.regex.Matcher m = monthly.matcher(gap);
                if (m.matches()) {
                    monthsByGap.computeIfAbsent(m.group(1) + "\u0000" + m.group(3), k -> new ArrayList<>()).add(m.group(2));
                } else {
                    result.add(gap);
                }
            }
            monthsByGap.forEach((key, months) -> {
                String[] parts = key.split("\u0000", 2);
                String when = months.size() == 1 ? months.get(0)
                        : months.get(0) + " to " + months.get(months.size() - 1) + " (" + months.size() + " months)";
                result.add(parts[0] + " " + when + ": " + parts[1]);
            });
            result.sort(null);
            return result;
        }

        private FacilityProfile profile(String code) {
            FacilityProfile p = profiles.get(code);
            if (p == null) {
                throw new IllegalArgumentException("usage refers to facility " + code + ", which is not among the facilities given");
            }
            return p;
        }

        /** The metrics of a facility for a month: a monthly row, else a row covering a year, pro rata by days. */
        private MonthMetrics metrics(String facility, YearMonth month) {
            FacilityMetrics best = null;
            for (FacilityMetrics m : in.metrics()) {
                if (!m.facility().equals(facility) || m.start().isAfter(month.atEndOfMonth()) || m.end().isBefore(month.atDay(1))) {
                    continue;
                }
                if (best == null || m.days() < best.days()) {
                    best = m;
                }
            }
            if (best == null) {
                return null;
            }
            double share = (double) month.lengthOfMonth() / best.days();
            if (share > 1) {
                share = 1;
            }
            double f = share;
            Map<String, Double> refrigerants = new HashMap<>();
            best.refrigerantKg().forEach((gas, kg) -> refrigerants.put(gas, kg * f));
            return new MonthMetrics("metrics:" + best.id(), scale(best.totalEnergyKwh(), f), scale(best.itEnergyKwh(), f), best.pue(),
                    scale(best.waterConsumedLitres(), f), best.wueLitresPerKwh(), scale(best.generatorFuelLitres(), f), refrigerants);
        }

        private Factor use(Factor f) {
            factors.putIfAbsent(f.ref(), f);
            return f;
        }

        private void add(Measure measure, double value, double low, double high, Formula formula, Slice s, List<String> sources, List<String> refs) {
            UsageRecord u = s.usage();
            double requests = measure == Measure.IT_ENERGY ? s.requests() : 0;
            items.add(new LineItem(measure, value, Math.min(low, value), Math.max(high, value), formula, u.facility(), s.month(), u.model(), u.team(),
                    u.phase(), u.tier(), requests, sources, refs));
        }

        private static Double scale(Double v, double f) {
            return v == null ? null : v * f;
        }

        private static List<String> plus(List<String> list, String more) {
            List<String> l = new ArrayList<>(list);
            l.add(more);
            return l;
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        private static String percent(double share) {
            return String.format(Locale.ROOT, "%.0f %%", share * 100);
        }
    }
}
