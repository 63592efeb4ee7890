package uk.gov.signpost.oversight.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.identity.StaffAccess;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.platform.NotFoundException;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;
import uk.gov.signpost.privacy.StaffAudit;

/**
 * The turn-trace viewer: the latest turns with their model, timings, tokens, cost and outcome, and one turn's
 * steps. Traces hold ids, codes and measurements only, never what anyone wrote, so nothing here shows text.
 * Opening one turn is audited.
 */
@Controller
class TracePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, conversation_id, message_id, reply_id, model, fallback, model_calls,"
            + " tool_calls, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_pence,"
            + " total_millis, outcome, started_at";

    private final StaffAccess gate;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    TracePages(StaffAccess gate, JdbcClient jdbc, AuditLog audit) {
        this.gate = gate;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @GetMapping("/staff/traces")
    ModelAndView list(@RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String conversation) {
        gate.require(StaffRole.SUPERVISOR, StaffRole.SERVICE_OWNER, StaffRole.AUDITOR);
        String filterOutcome = outcome != null && outcome.matches("[a-z_]{1,40}") ? outcome : null;
        UUID filterConversation = uuid(conversation);
        List<Map<String, Object>> traces = jdbc.sql("select " + COLUMNS + " from turn_trace"
                        + " where (cast(? as text) is null or outcome = ?) and (cast(? as uuid) is null or conversation_id = ?)"
                        + " order by started_at desc limit 50")
                .params(filterOutcome, filterOutcome, filterConversation, filterConversation)
                .query((rs, row) -> row(rs))
                .list();
        List<String> outcomes = jdbc.sql("select distinct outcome from turn_trace order by outcome").query(String.class)
                .list();
        ModelAndView page = new ModelAndView("staff/traces");
        page.addObject("traces", traces);
        page.addObject("outcomes", outcomes);
        page.addObject("outcome", filterOutcome);
        page.addObject("conversation", filterConversation == null ? "" : filterConversation.toString());
        return page;
    }

    @GetMapping("/staff/traces/{id}")
    ModelAndView one(@PathVariable String id) {
        StaffMember member = gate.require(StaffRole.SUPERVISOR, StaffRole.SERVICE_OWNER, StaffRole.AUDITOR);
        UUID trace = uuid(id);
        if (trace == null) {
            throw new NotFoundException("trace_not_found", "There is no such turn trace");
        }
        Map<String, Object> found = jdbc.sql("select " + COLUMNS + ", steps::text from turn_trace where id = ?")
                .param(trace)
                .query((rs, row) -> {
                    Map<String, Object> item = row(rs);
                    item.put("steps", steps(rs.getString("steps")));
                    return item;
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("trace_not_found", "There is no such turn trace"));
        audit.append(new AuditEvent("staff_viewed_trace", null, StaffAudit.actor(member),
                Map.of("trace", trace.toString())));
        ModelAndView page = new ModelAndView("staff/trace");
        page.addObject("trace", found);
        page.addObject("backLink", "/staff/traces");
        return page;
    }

    /** Each step as label and value pairs: only the fields a trace records, which are codes and numbers. */
    private static List<Map<String, String>> steps(String json) {
        List<Map<String, String>> steps = new java.util.ArrayList<>();
        for (JsonNode step : JSON.readTree(json)) {
            Map<String, String> fields = new LinkedHashMap<>();
            step.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
            steps.add(fields);
        }
        return steps;
    }

    private static Map<String, Object> row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", rs.getObject("id", UUID.class));
        item.put("conversation", rs.getObject("conversation_id", UUID.class));
        item.put("message", rs.getObject("message_id", UUID.class));
        item.put("reply", rs.getObject("reply_id", UUID.class));
        item.put("model", rs.getString("model"));
        item.put("fallback", rs.getBoolean("fallback"));
        item.put("modelCalls", rs.getInt("model_calls"));
        item.put("toolCalls", rs.getInt("tool_calls"));
        item.put("tokens", rs.getLong("input_tokens") + rs.getLong("output_tokens"));
        item.put("inputTokens", rs.getLong("input_tokens"));
        item.put("outputTokens", rs.getLong("output_tokens"));
        item.put("cacheRead", rs.getLong("cache_read_tokens"));
        item.put("cacheWrite", rs.getLong("cache_write_tokens"));
        item.put("cost", rs.getBigDecimal("cost_pence").setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        item.put("millis", rs.getLong("total_millis"));
        item.put("outcome", rs.getString("outcome"));
        item.put("started", rs.getTimestamp("started_at").toInstant().toString().replace('T', ' ')
                .replaceAll("\\.\\d+Z$", "Z"));
        return item;
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
