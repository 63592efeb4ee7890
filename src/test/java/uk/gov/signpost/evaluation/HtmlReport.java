package uk.gov.signpost.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A self-contained HTML report for service owners: inline CSS and inline SVG charts, no scripts and no
 * network, in plain English and a plain GOV.UK-like style. It opens from disk.
 */
final class HtmlReport {

    private HtmlReport() {}

    static String render(EvalRun run, @Nullable List<Baseline.Difference> comparison, String comparedWith) {
        Metrics overall = run.overall();
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signpost evaluation report</title>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>").append(CSS)
                .append("</style></head><body><header><p class=\"brand\">Signpost</p></header><main>")
                .append("<h1>How well Signpost answered</h1>")
                .append("<p class=\"lead\">We played ").append(run.byScenario().size()).append(" scripted conversations (")
                .append(overall.runs()).append(" counted in the figures below) against the <strong>")
                .append(esc(run.model())).append("</strong> model on ").append(esc(run.started().toString().substring(0, 10)))
                .append(". Each conversation passes only if every check passed.</p>");
        h.append("<h2>Headline figures</h2><div class=\"tiles\">");
        tile(h, "Conversations that fully passed", overall.taskSuccess());
        tile(h, "Services needed that were shown", overall.routingRecall());
        tile(h, "Services shown that were relevant", overall.routingPrecision());
        tile(h, "Tool calls right", overall.toolAccuracy());
        tile(h, "Safety checks met", overall.safetyPassRate());
        tile(h, "Ordinary questions refused", overall.overRefusalRate());
        tile(h, "Links that came from a tool", overall.citationValidity());
        tile(h, "Replies easy enough to read", overall.readability());
        h.append("</div><p>Replies took ").append(overall.latencyP50Millis()).append(" ms at the median and ")
                .append(overall.latencyP95Millis()).append(" ms at the 95th percentile. A conversation used ")
                .append(String.format(Locale.ROOT, "%.1f model calls and %.0f tokens, costing %.2fp, on average.",
                        overall.modelCallsPerConversation(), overall.tokensPerConversation(),
                        overall.costPencePerConversation()))
                .append("</p>");
        if (comparison != null) {
            h.append("<h2>Compared with ").append(esc(comparedWith)).append("</h2><table><thead><tr><th>Measure</th>")
                    .append("<th>Before</th><th>Now</th><th>Result</th></tr></thead><tbody>");
            for (Baseline.Difference d : comparison) {
                h.append("<tr><td>").append(esc(d.metric().replace('_', ' '))).append("</td><td>")
                        .append(Baseline.percent(d.before())).append("</td><td>").append(Baseline.percent(d.after()))
                        .append("</td><td>").append(d.regression() ? "<strong class=\"bad\">Worse</strong>" : "Fine")
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        Map<String, Metrics> journeys = run.byJourney();
        h.append("<h2>By journey</h2>");
        chart(h, "Conversations that fully passed, by journey", run, journeys, true);
        chart(h, "Services needed that were shown, by journey", run, journeys, false);
        h.append("<table><thead><tr><th>Journey</th><th>Runs</th><th>Passed</th><th>Services shown</th>")
                .append("<th>Relevant</th><th>Tools right</th><th>Safety</th><th>Readable</th></tr></thead><tbody>");
        journeys.forEach((key, m) -> h.append("<tr><td>").append(esc(run.journeys().journey(key).title()))
                .append("</td><td>").append(m.runs()).append("</td><td>").append(Baseline.percent(m.taskSuccess()))
                .append("</td><td>").append(Baseline.percent(m.routingRecall())).append("</td><td>")
                .append(Baseline.percent(m.routingPrecision())).append("</td><td>").append(Baseline.percent(m.toolAccuracy()))
                .append("</td><td>").append(Baseline.percent(m.safetyPassRate())).append("</td><td>")
                .append(Baseline.percent(m.readability())).append("</td></tr>"));
        h.append("</tbody></table>");
        pending(h, run);
        scenarios(h, run);
        h.append("</main><footer><p>Made by the Signpost evaluation suite. See docs/evaluation.md for how each figure")
                .append(" is worked out.</p></footer></body></html>\n");
        return h.toString();
    }

    private static void tile(StringBuilder h, String label, @Nullable Double value) {
        h.append("<div class=\"tile\"><p class=\"figure\">").append(Baseline.percent(value).replace(".0%", "%"))
                .append("</p><p>").append(esc(label)).append("</p></div>");
    }

    /** A horizontal bar chart, one bar per journey, as inline SVG with a text alternative. */
    private static void chart(StringBuilder h, String title, EvalRun run, Map<String, Metrics> journeys, boolean success) {
        int row = 26;
        int height = journeys.size() * row + 30;
        h.append("<figure><figcaption>").append(esc(title)).append("</figcaption><svg role=\"img\" aria-label=\"")
                .append(esc(title)).append("\" viewBox=\"0 0 640 ").append(height).append("\" width=\"100%\">");
        int y = 10;
        for (Map.Entry<String, Metrics> e : journeys.entrySet()) {
            Double value = success ? e.getValue().taskSuccess() : e.getValue().routingRecall();
            double v = value == null ? 0 : value;
            int width = (int) Math.round(v * 380);
            String colour = v >= 0.9 ? "#00703c" : v >= 0.6 ? "#1d70b8" : "#d4351c";
            h.append("<text x=\"170\" y=\"").append(y + 15).append("\" text-anchor=\"end\" font-size=\"14\">")
                    .append(esc(run.journeys().journey(e.getKey()).title())).append("</text>")
                    .append("<rect x=\"180\" y=\"").append(y + 2).append("\" width=\"380\" height=\"18\" fill=\"#f3f2f1\"/>")
                    .append("<rect x=\"180\" y=\"").append(y + 2).append("\" width=\"").append(width)
                    .append("\" height=\"18\" fill=\"").append(colour).append("\"/>")
                    .append("<text x=\"570\" y=\"").append(y + 15).append("\" font-size=\"14\">")
                    .append(value == null ? "n/a" : Baseline.percent(value)).append("</text>");
            y += row;
        }
        h.append("</svg></figure>");
    }

    private static void pending(StringBuilder h, EvalRun run) {
        Map<String, int[]> pending = run.pendingByRequirement();
        if (pending.isEmpty()) {
            return;
        }
        h.append("<h2>Waiting for features not in this build</h2><p>These conversations need something this build")
                .append(" does not have yet. They run, but are not counted in the figures above.</p><ul>");
        pending.forEach((need, c) -> h.append("<li><strong>").append(esc(need)).append("</strong>: ").append(c[0])
                .append(" conversations, ").append(c[1]).append(" already passing</li>"));
        h.append("</ul>");
    }

    private static void scenarios(StringBuilder h, EvalRun run) {
        h.append("<h2>Every conversation</h2><p>Open a conversation to see what was said and which checks failed.</p>");
        run.byScenario().forEach((scenario, scores) -> {
            long passed = scores.stream().filter(Scorer.Score::passed).count();
            boolean ok = passed == scores.size();
            Scorer.Score shown = scores.stream().filter(s -> !s.passed()).findFirst().orElse(scores.get(0));
            h.append("<details><summary><span class=\"tag ").append(ok ? "ok\">Passed" : "bad\">Failed").append("</span> ")
                    .append(run.pending(scenario) ? "<span class=\"tag wait\">Waiting for " + esc(String.join(", ",
                            scenario.requires())) + "</span> " : "")
                    .append(esc(run.journeys().journey(scenario.journey()).title())).append(": ")
                    .append(esc(scenario.title())).append(" (").append(passed).append(" of ").append(scores.size())
                    .append(" runs)</summary><p class=\"id\">").append(esc(scenario.id())).append("</p><ul class=\"checks\">");
            shown.checks().stream().filter(c -> !c.passed()).forEach(c -> h.append("<li>").append(esc(c.name()))
                    .append(c.detail().isBlank() ? "" : ": " + esc(c.detail())).append("</li>"));
            h.append("</ul><dl>");
            for (Transcript.Turn t : shown.transcript().turns()) {
                h.append("<dt>Person</dt><dd>").append(esc(t.say())).append("</dd><dt>Signpost</dt><dd>")
                        .append(esc(t.text()).replace("\n", "<br>"));
                if (!t.cards().isEmpty()) {
                    h.append("<br><span class=\"cards\">Cards: ").append(esc(String.join(", ", t.cards()))).append("</span>");
                }
                h.append("</dd>");
            }
            h.append("</dl></details>");
        });
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
            body{margin:0;font-family:Arial,sans-serif;color:#0b0c0c;background:#fff;font-size:19px;line-height:1.32}
            header{background:#0b0c0c;color:#fff;padding:10px 30px}.brand{font-weight:700;font-size:24px;margin:0}
            main{max-width:960px;margin:0 auto;padding:20px 30px}h1{font-size:40px;margin:20px 0}
            h2{font-size:28px;margin-top:40px;border-top:1px solid #b1b4b6;padding-top:20px}
            .lead{font-size:22px}.tiles{display:flex;flex-wrap:wrap;gap:15px}
            .tile{flex:1 1 200px;border-left:5px solid #1d70b8;background:#f3f2f1;padding:10px 15px}
            .tile p{margin:0}.figure{font-size:36px;font-weight:700}
            table{border-collapse:collapse;width:100%;font-size:16px;margin:15px 0}
            th,td{text-align:left;border-bottom:1px solid #b1b4b6;padding:8px 10px 8px 0}
            figure{margin:20px 0}figcaption{font-weight:700;margin-bottom:5px}
            details{border-bottom:1px solid #b1b4b6;padding:8px 0;font-size:16px}summary{cursor:pointer;color:#1d70b8}
            .tag{display:inline-block;padding:2px 6px;font-weight:700;font-size:14px}.ok{background:#cce2d8;color:#005a30}
            .bad{background:#f4cdc6;color:#942514}.wait{background:#fff7bf;color:#594d00}
            .id{color:#505a5f;font-family:monospace}dt{font-weight:700;margin-top:8px}dd{margin:0 0 0 20px}
            .cards{color:#505a5f}footer{max-width:960px;margin:0 auto;padding:20px 30px;color:#505a5f;font-size:16px}
            """;
}
