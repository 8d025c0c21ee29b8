package org.aifootprint.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of {@code report-templates/scorecard.xhtml}: a green-procurement scorecard with its criteria and weights,
 * the ranking table (per-criterion values and points), a chart of the scores, the sensitivity to each weight, the
 * evidence behind every value, the date and the content fingerprint. Figures are formatted here; the template places them.
 */
public final class ScorecardReport {

    public static final String TEMPLATE = "scorecard.xhtml";

    public record Header(long scorecardId, String tenantName, String templateName, String createdAt, String createdBy, String contentSha256) {
    }

    public record CriterionRow(String code, String label, double weightPoints, String direction, String normalisation, String missingData) {
    }

    /** One vendor's line: rank, name, total points and one cell per criterion (in the criteria's order). */
    public record RankRow(int rank, String vendor, String code, String kind, double scorePoints, long missingCount, List<String> cells) {
    }

    public record EvidenceRow(String vendor, String criterion, String value, String source, String sourceDate, String enteredBy) {
    }

    public record Data(List<CriterionRow> criteria, List<RankRow> ranking, List<EvidenceRow> evidence, List<String> sensitivity, boolean stable) {
    }

    private ScorecardReport() {
    }

    public static Map<String, Object> model(Header header, Data data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Green-procurement scorecard");
        m.put("tenantName", header.tenantName());
        m.put("templateName", header.templateName());
        m.put("scorecardId", header.scorecardId());
        m.put("createdAt", header.createdAt());
        m.put("createdBy", header.createdBy());
        m.put("contentSha256", header.contentSha256());
        m.put("pageSize", PdfRenderer.PageSize.A4.css());
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (CriterionRow c : data.criteria()) {
            criteria.add(Map.of("code", c.code(), "label", c.label(), "weight", Numbers.fixed(c.weightPoints(), 1), "direction", c.direction(),
                    "normalisation", c.normalisation(), "missing", c.missingData()));
        }
        m.put("criteria", criteria);
        List<Map<String, Object>> ranking = new ArrayList<>();
        for (RankRow r : data.ranking()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            r.cells().forEach(c -> cells.add(Map.of("text", c)));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", r.rank());
            row.put("vendor", r.vendor());
            row.put("code", r.code());
            row.put("kind", r.kind());
            row.put("score", Numbers.fixed(r.scorePoints(), 1));
            row.put("missing", r.missingCount() == 0 ? "none" : r.missingCount() + " missing");
            row.put("cells", cells);
            ranking.add(row);
        }
        m.put("ranking", ranking);
        m.put("criterionHeaders", data.criteria().stream().map(c -> Map.of("label", c.label())).toList());
        m.put("winner", data.ranking().isEmpty() ? "—" : data.ranking().get(0).vendor());
        m.put("chart", chart(data));
        m.put("sensitivity", data.sensitivity().stream().map(s -> Map.of("text", s)).toList());
        m.put("stability", data.stable() ? "No single weight moved by 10 points changes the ranking."
                : "The ranking depends on the weights: at least one move of 10 points changes it (see below).");
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (EvidenceRow e : data.evidence()) {
            evidence.add(Map.of("vendor", e.vendor(), "criterion", e.criterion(), "value", e.value(), "source", e.source() == null ? "" : e.source(),
                    "date", e.sourceDate() == null ? "" : e.sourceDate(), "by", e.enteredBy() == null ? "" : e.enteredBy()));
        }
        m.put("evidence", evidence);
        return m;
    }

    /** Total score per vendor (points out of 100), a horizontal bar chart as PNG data URI. */
    public static String chart(Data data) {
        Map<String, Double> scores = new LinkedHashMap<>();
        data.ranking().forEach(r -> scores.put(r.rank() + ". " + r.vendor(), r.scorePoints()));
        Map<String, Map<String, Double>> series = new LinkedHashMap<>();
        series.put("Score (points of 100)", scores);
        return Charts.bars("Scorecard ranking (points of 100)", "points", series, true);
    }
}
