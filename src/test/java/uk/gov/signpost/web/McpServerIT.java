package uk.gov.signpost.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * Signpost's read-only tools over MCP, called by the MCP SDK's own client over real HTTP: it lists the tools and
 * calls each one.
 */
@SignpostIntegrationTest
class McpServerIT {

    @LocalServerPort
    int port;

    McpSyncClient client;

    @BeforeEach
    void connect() {
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://localhost:" + port)
                        .endpoint("/mcp")
                        .build())
                .requestTimeout(Duration.ofSeconds(30))
                .build();
        client.initialize();
    }

    @AfterEach
    void close() {
        client.closeGracefully();
    }

    @Test
    void lists_the_read_only_tools_and_nothing_with_side_effects() {
        List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();

        assertThat(names).contains("check_benefits", "calculate_redundancy_pay", "check_minimum_wage",
                "search_training", "search_guidance");
        assertThat(names).doesNotContain("request_handoff");
        assertThat(client.listTools().tools()).allSatisfy(tool -> {
            assertThat(tool.description()).isNotBlank();
            assertThat(tool.inputSchema()).isNotNull();
        });
    }

    @Test
    void calls_the_benefits_check() {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        answers.put("where_do_you_live", "england");
        answers.put("over_state_pension_age", "yes");
        answers.put("are_you_working", "yes");
        answers.put("how_many_paid_hours_work", "sixteen_or_less_per_week");
        answers.put("disability_or_health_condition", "no");
        answers.put("carer_disability_or_health_condition", "no");
        answers.put("children_living_with_you", "yes");
        answers.put("age_of_children", List.of("5_to_7"));
        answers.put("children_with_disability", "yes");
        answers.put("on_benefits", "yes");
        answers.put("current_benefits", List.of("universal_credit"));
        answers.put("assets_and_savings", "under_16000");
        String text = call("check_benefits", Map.of("answers", answers));
        assertThat(text).contains("\"complete\":true").contains("\"results\"");
    }

    @Test
    void calls_the_redundancy_calculator() {
        String text = call("calculate_redundancy_pay",
                Map.of("dismissal_date", "2026-06-01", "age", 45, "years_service", 10, "weekly_pay", 600));
        assertThat(text).contains("\"entitled\":true").contains("\"amount\"");
    }

    @Test
    void calls_the_minimum_wage_check() {
        String text = call("check_minimum_wage", Map.of("pay_period_date", "2026-06-01", "age", 30, "apprentice", "no",
                "pay_frequency_days", 7, "hours_in_pay_period", 40, "pay_in_pay_period", 400));
        assertThat(text).contains("\"outcome\":\"below\"");
    }

    @Test
    void calls_training_and_guidance_search() {
        assertThat(call("search_training", Map.of("q", "plumbing"))).contains("\"total_results\"");
        assertThat(call("search_guidance", Map.of("q", "how to claim universal credit")))
                .contains("https://www.gov.uk/");
    }

    @Test
    void bad_arguments_come_back_as_an_error_result_not_a_failure() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("check_minimum_wage",
                Map.of("age", "forty")));
        assertThat(text(result)).isNotBlank();
        assertThat(Boolean.TRUE.equals(result.isError()) || text(result).contains("error")).isTrue();
    }

    private String call(String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        return text(result);
    }

    private static String text(McpSchema.CallToolResult result) {
        StringBuilder text = new StringBuilder();
        for (McpSchema.Content content : result.content()) {
            if (content instanceof McpSchema.TextContent t) {
                text.append(t.text());
            }
        }
        return text.toString();
    }
}
