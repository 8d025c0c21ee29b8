package org.aifootprint.application.vendor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aifootprint.application.InputValidation;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.factor.Factors;
import org.aifootprint.domain.factor.FactorTable;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.tenant.TenantRepository;
import org.aifootprint.domain.vendor.Criterion;
import org.aifootprint.domain.vendor.Scorecard;
import org.aifootprint.domain.vendor.ScorecardTemplate;
import org.aifootprint.domain.vendor.TemplateCriterion;
import org.aifootprint.domain.vendor.Vendor;
import org.aifootprint.domain.vendor.VendorRepository;
import org.aifootprint.infrastructure.tenancy.TenantContext;
import org.aifootprint.reporting.Lineage;
import org.aifootprint.reporting.PdfRenderer;
import org.aifootprint.reporting.ScorecardReport;
import org.aifootprint.scoring.Candidate;
import org.aifootprint.scoring.CriterionRule;
import org.aifootprint.scoring.CriterionScore;
import org.aifootprint.scoring.Direction;
import org.aifootprint.scoring.MissingData;
import org.aifootprint.scoring.Normalisation;
import org.aifootprint.scoring.Ranked;
import org.aifootprint.scoring.Scorer;
import org.aifootprint.scoring.ScoringRefused;
import org.aifootprint.scoring.SensitivityCase;

/**
 * Scorecard templates and comparisons: load the template and the vendors' evidence → map to the scorer's values →
 * {@link Scorer} → store the scorecard immutably with its PDF ({@code report-templates/scorecard.xhtml}) and SHA-256.
 * Buyers (PROCUREMENT, and administrators) edit templates and store scorecards; every tenant role may compare and read.
 */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR", "PROCUREMENT"})
public class Scorecards {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    private VendorRepository repository;
    @Inject
    private Vendors vendors;
    @Inject
    private Factors factors;
    @Inject
    private TenantRepository tenants;
    @Inject
    private InputValidation validation;
    @Inject
    private Clock clock;

    public List<ScorecardTemplate> templates() {
        return repository.findTemplates();
    }

    public ScorecardTemplate template(long id) {
        return repository.findTemplate(id).orElseThrow(() -> new NotFound("Scorecard template", id));
    }

    @RolesAllowed("PROCUREMENT")
    public ScorecardTemplate createTemplate(TemplateInput input) {
        List<TemplateCriterion.Spec> specs = check(input, null);
        ScorecardTemplate template = new ScorecardTemplate(input.getName().trim());
        template.setDescription(blankToNull(input.getDescription()));
        template.replaceCriteria(specs);
        repository.storeTemplate(template);
        return template;
    }

    @RolesAllowed("PROCUREMENT")
    public ScorecardTemplate updateTemplate(long id, TemplateInput input) {
        ScorecardTemplate template = template(id);
        List<TemplateCriterion.Spec> specs = check(input, template);
        template.setName(input.getName().trim());
        template.setDescription(blankToNull(input.getDescription()));
        template.replaceCriteria(specs);
        return template;
    }

    /** Compares 2 to 8 vendors on a template without storing anything (the compare page's live view). */
    public ScorecardResult compare(Long templateId, List<Long> vendorIds) {
        if (templateId == null) {
            throw InvalidInput.of("template", "is required: the id of a scorecard template (GET /api/v1/scorecard-templates)");
        }
        ScorecardTemplate template = repository.findTemplate(templateId)
                .orElseThrow(() -> InvalidInput.of("template", "no scorecard template has the id " + templateId));
        return compare(template, loadVendors(vendorIds));
    }

    /** Compares and stores the scorecard with its PDF; it never changes afterwards. */
    @RolesAllowed("PROCUREMENT")
    public Scorecard create(Long templateId, List<Long> vendorIds) {
        ScorecardResult result = compare(templateId, vendorIds);
        Jsonb jsonb = JsonbBuilder.create();
        String resultJson = jsonb.toJson(result);
        String snapshot = jsonb.toJson(Map.of("name", result.templateName(), "criteria", result.weights()));
        String codes = result.ranking().stream().map(ScorecardResult.Place::vendorCode).collect(Collectors.joining(","));
        Scorecard scorecard = new Scorecard(result.template(), result.templateName(), snapshot, codes, resultJson, TenantContext.actor(), clock.instant());
        repository.storeScorecard(scorecard);
        byte[] pdf = PdfRenderer.pdf(ScorecardReport.TEMPLATE, ScorecardReport.model(header(scorecard), report(result)));
        scorecard.attachPdf(pdf, Lineage.sha256(pdf));
        return scorecard;
    }

    public List<Scorecard> all() {
        return repository.findScorecards();
    }

    public Scorecard scorecard(long id) {
        return repository.findScorecard(id).orElseThrow(() -> new NotFound("Scorecard", id));
    }

    /** The stored result as JSON with the scorecard's id, author, time and PDF hash: what {@code POST /api/v1/scorecards} answers. */
    public String json(Scorecard scorecard) {
        JsonObject stored;
        try (var reader = Json.createReader(new StringReader(scorecard.getResultJson()))) {
            stored = reader.readObject();
        }
        JsonObjectBuilder out = Json.createObjectBuilder().add("id", scorecard.getId());
        stored.forEach(out::add);
        out.add("createdBy", scorecard.getCreatedBy()).add("createdAt", scorecard.getCreatedAt().toString())
                .add("pdfSha256", scorecard.getPdfSha256()).add("contentSha256", contentSha256(scorecard));
        return out.build().toString();
    }

    /** The bar chart of the ranking (points out of 100, stacked by nothing), as a PNG data URI for pages. */
    public String chart(ScorecardResult result) {
        return ScorecardReport.chart(report(result));
    }

    ScorecardResult compare(ScorecardTemplate template, List<Vendor> compared) {
        List<CriterionRule> rules = rules(template);
        FactorTable table = factors.table(null, null);
        Map<String, Map<Criterion, Vendors.Evidence>> evidence = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Vendor v : compared) {
            Map<Criterion, Vendors.Evidence> e = vendors.evidence(v, table);
            evidence.put(v.getCode(), e);
            Map<String, Double> values = new LinkedHashMap<>();
            e.forEach((criterion, ev) -> values.put(criterion.code(), ev.value()));
            candidates.add(new Candidate(v.getCode(), v.getName(), values));
        }
        org.aifootprint.scoring.Scorecard card;
        try {
            card = Scorer.score(rules, candidates);
        } catch (ScoringRefused refused) {
            throw InvalidInput.of(refused.field(), refused.getMessage());
        }
        Map<String, Vendor> byCode = new LinkedHashMap<>();
        compared.forEach(v -> byCode.put(v.getCode(), v));
        List<ScorecardResult.Place> places = new ArrayList<>();
        for (Ranked r : card.ranking()) {
            Vendor v = byCode.get(r.key());
            Map<String, ScorecardResult.Score> scores = new LinkedHashMap<>();
            for (CriterionScore s : r.criteria().values()) {
                Criterion criterion = Criterion.fromCode(s.criterion()).orElseThrow();
                Vendors.Evidence ev = evidence.get(r.key()).get(criterion);
                scores.put(s.criterion(), new ScorecardResult.Score(s.value(), s.missing() ? "unknown" : criterion.text(s.value()), criterion.unit(),
                        round(s.score(), 4), round(s.points(), 4), s.missing(), ev == null ? null : ev.source(), ev == null ? null : ev.sourceDate(),
                        ev == null ? null : ev.enteredBy(), ev != null && ev.derived()));
            }
            places.add(new ScorecardResult.Place(v.getId(), v.getCode(), v.getName(), v.getKind().label(), r.rank(), round(r.scorePoints(), 4),
                    r.missingCount(), scores));
        }
        List<ScorecardResult.Sensitivity> sensitivity = new ArrayList<>();
        for (SensitivityCase c : card.sensitivity()) {
            Map<String, Double> weights = new LinkedHashMap<>();
            c.weightsPoints().forEach((k, w) -> weights.put(k, round(w, 2)));
            sensitivity.add(new ScorecardResult.Sensitivity(c.criterion(), Criterion.fromCode(c.criterion()).map(Criterion::label).orElse(c.criterion()), c.deltaPoints(), weights, c.ranks(), c.rankingChanged(), c.changes()));
        }
        List<ScorecardResult.Rule> used = template.getCriteria().stream().map(tc -> new ScorecardResult.Rule(tc.getCriterion().code(),
                tc.getCriterion().label(), tc.getCriterion().unit(), tc.getWeightPoints(), tc.isHigherIsBetter() ? "higher is better" : "lower is better",
                tc.isThresholds() ? "thresholds" : "min-max", tc.getThresholdValues(),
                "WORST_KNOWN".equals(tc.getMissingData()) ? "unknown scores as the worst disclosed value" : "unknown scores 0")).toList();
        return new ScorecardResult(template.getId(), template.getName(), used, places, sensitivity, card.rankingIsStable());
    }

    static List<CriterionRule> rules(ScorecardTemplate template) {
        return template.getCriteria().stream().map(tc -> new CriterionRule(tc.getCriterion().code(), tc.getWeightPoints(),
                tc.isHigherIsBetter() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
                tc.isThresholds() ? Normalisation.THRESHOLDS : Normalisation.MIN_MAX, tc.getThresholdValues(),
                "WORST_KNOWN".equals(tc.getMissingData()) ? MissingData.WORST_KNOWN : MissingData.SCORE_ZERO)).toList();
    }

    private List<Vendor> loadVendors(List<Long> ids) {
        if (ids == null || ids.size() < Scorer.MIN_VENDORS || ids.size() > Scorer.MAX_VENDORS) {
            throw InvalidInput.of("vendors", "choose 2 to 8 vendors to compare; " + (ids == null ? 0 : ids.size()) + " given");
        }
        Set<Long> seen = new HashSet<>();
        List<Vendor> out = new ArrayList<>();
        for (Long id : ids) {
            if (id == null || !seen.add(id)) {
                throw InvalidInput.of("vendors", "each vendor may be chosen once" + (id == null ? "" : "; " + id + " is listed twice"));
            }
            out.add(repository.find(id).orElseThrow(() -> InvalidInput.of("vendors", "no vendor has the id " + id)));
        }
        return out;
    }

    private List<TemplateCriterion.Spec> check(TemplateInput input, ScorecardTemplate self) {
        validation.check(input);
        InvalidInput.Checks checks = new InvalidInput.Checks();
        repository.findTemplateByName(input.getName().trim()).filter(other -> other != self)
                .ifPresent(other -> checks.refuseIf(true, "name", "another template is already called " + other.getName()));
        List<TemplateCriterion.Spec> specs = new ArrayList<>();
        for (TemplateInput.Line line : input.getCriteria()) {
            Criterion criterion = Criterion.fromCode(line.getCriterion()).orElse(null);
            if (checks.refuseIf(criterion == null, "criteria", "unknown criterion '" + line.getCriterion() + "'; possible: "
                    + java.util.Arrays.stream(Criterion.values()).map(Criterion::code).collect(Collectors.joining(", ")))) {
                continue;
            }
            if (checks.refuseIf(line.getWeightPoints() == null, "weights", criterion.code() + " needs a weight in points")) {
                continue;
            }
            Boolean higher = direction(line.getDirection(), criterion);
            Boolean thresholds = normalisation(line.getNormalisation());
            Boolean worst = missing(line.getMissingData());
            checks.refuseIf(higher == null, "direction", "of " + criterion.code() + " must be lower or higher (is better)");
            checks.refuseIf(thresholds == null, "normalisation", "of " + criterion.code() + " must be min-max or thresholds");
            checks.refuseIf(worst == null, "missingData", "of " + criterion.code() + " must be zero or worst-known");
            if (higher != null && thresholds != null && worst != null) {
                specs.add(new TemplateCriterion.Spec(criterion, line.getWeightPoints(), higher, thresholds, line.getThresholds(), worst));
            }
        }
        checks.throwIfAny();
        try {
            Scorer.checkTemplate(specs.stream().map(s -> new CriterionRule(s.criterion().code(), s.weightPoints(),
                    s.higherIsBetter() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER, s.thresholds() ? Normalisation.THRESHOLDS : Normalisation.MIN_MAX,
                    s.thresholdValues(), s.missingScoresWorstKnown() ? MissingData.WORST_KNOWN : MissingData.SCORE_ZERO)).toList());
        } catch (ScoringRefused refused) {
            throw InvalidInput.of(refused.field(), refused.getMessage());
        }
        return specs;
    }

    private static Boolean direction(String text, Criterion criterion) {
        if (text == null || text.isBlank()) {
            return criterion.higherIsBetter();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.startsWith("higher") ? Boolean.TRUE : t.startsWith("lower") ? Boolean.FALSE : null;
    }

    private static Boolean normalisation(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return t.equals("thresholds") ? Boolean.TRUE : t.equals("min-max") ? Boolean.FALSE : null;
    }

    private static Boolean missing(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return t.equals("worst-known") ? Boolean.TRUE : t.equals("zero") || t.equals("score-zero") ? Boolean.FALSE : null;
    }

    private ScorecardReport.Header header(Scorecard s) {
        String tenantName = tenants.find(TenantContext.current().orElseThrow()).map(t -> t.getName()).orElse(TenantContext.current().orElseThrow());
        return new ScorecardReport.Header(s.getId(), tenantName, s.getTemplateName(), STAMP.format(s.getCreatedAt()), s.getCreatedBy(),
                contentSha256(s));
    }

    private static String contentSha256(Scorecard s) {
        return Lineage.sha256(s.getResultJson().getBytes(StandardCharsets.UTF_8));
    }

    static ScorecardReport.Data report(ScorecardResult result) {
        List<ScorecardReport.CriterionRow> criteria = result.weights().stream().map(w -> new ScorecardReport.CriterionRow(w.criterion(), w.label(),
                w.weightPoints(), w.direction(), w.normalisation() + (w.thresholds().isEmpty() ? "" : " " + w.thresholds()), w.missingData())).toList();
        List<ScorecardReport.RankRow> ranking = new ArrayList<>();
        List<ScorecardReport.EvidenceRow> evidence = new ArrayList<>();
        for (ScorecardResult.Place p : result.ranking()) {
            List<String> cells = new ArrayList<>();
            for (ScorecardResult.Rule w : result.weights()) {
                ScorecardResult.Score s = p.criteria().get(w.criterion());
                cells.add(s.missing() ? "missing (0)" : s.text() + " → " + String.format(Locale.ENGLISH, "%.1f", s.points()));
                if (!s.missing()) {
                    evidence.add(new ScorecardReport.EvidenceRow(p.vendorName(), w.label(), s.text() + ("yes/no".equals(s.unit()) ? "" : " " + s.unit()),
                            s.source(), s.sourceDate(), s.enteredBy()));
                }
            }
            ranking.add(new ScorecardReport.RankRow(p.rank(), p.vendorName(), p.vendorCode(), p.vendorKind(), p.score(), p.missingCount(), cells));
        }
        List<String> sensitivity = result.sensitivity().stream().map(c -> c.label() + " " + (c.deltaPoints() > 0 ? "+" : "")
                + String.format(Locale.ENGLISH, "%.0f", c.deltaPoints()) + " points: " + (c.rankingChanged() ? String.join("; ", c.changes()) : "ranking unchanged"))
                .toList();
        return new ScorecardReport.Data(criteria, ranking, evidence, sensitivity, result.rankingIsStable());
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
