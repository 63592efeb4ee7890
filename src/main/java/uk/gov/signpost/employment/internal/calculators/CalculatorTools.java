package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The two calculators as agent tools. They take the same JSON as the REST API, and the figures in the reply are
 * written here from the result, so no model states a figure the calculator did not return.
 */
@Configuration(proxyBeanMethods = false)
class CalculatorTools {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .findAndAddModules()
            .build();

    @Bean
    AgentTool redundancyPayTool(RedundancyPayCalculator calculator) {
        return new Tool(new ToolDefinition("calculate_redundancy_pay",
                "Statutory redundancy pay, as GOV.UK's calculator works it out, for Great Britain and Northern"
                        + " Ireland. Needs the dismissal date, age, full years of service and weekly pay before tax.",
                "{\"type\":\"object\",\"properties\":{"
                        + "\"dismissal_date\":{\"type\":\"string\",\"format\":\"date\"},"
                        + "\"age\":{\"type\":\"integer\"},"
                        + "\"years_service\":{\"type\":\"integer\"},"
                        + "\"weekly_pay\":{\"type\":\"number\"}},"
                        + "\"required\":[\"dismissal_date\",\"age\",\"years_service\",\"weekly_pay\"]}"),
                arguments -> {
                    RedundancyPayResult result = calculator.calculate(
                            JSON.treeToValue(arguments, RedundancyPayRequest.class).toCommand());
                    return new ToolOutput(JSON.writeValueAsString(result), List.of(), redundancySay(result),
                            List.of(result.source()));
                });
    }

    @Bean
    AgentTool minimumWageTool(MinimumWageCalculator calculator) {
        return new Tool(new ToolDefinition("check_minimum_wage",
                "Checks pay against the National Minimum Wage or National Living Wage, as GOV.UK's tool does.",
                "{\"type\":\"object\",\"properties\":{"
                        + "\"pay_period_date\":{\"type\":\"string\",\"format\":\"date\"},"
                        + "\"age\":{\"type\":\"integer\"},"
                        + "\"apprentice\":{\"type\":\"string\",\"enum\":[\"no\",\"under_19\","
                        + "\"19_or_over_first_year\",\"19_or_over_second_year_onwards\"]},"
                        + "\"pay_frequency_days\":{\"type\":\"integer\"},"
                        + "\"hours_in_pay_period\":{\"type\":\"number\"},"
                        + "\"pay_in_pay_period\":{\"type\":\"number\"}},"
                        + "\"required\":[\"pay_period_date\",\"apprentice\",\"pay_frequency_days\","
                        + "\"hours_in_pay_period\",\"pay_in_pay_period\"]}"),
                arguments -> {
                    MinimumWageResult result = calculator.calculate(
                            JSON.treeToValue(arguments, MinimumWageRequest.class).toCommand());
                    return new ToolOutput(JSON.writeValueAsString(result), List.of(), minimumWageSay(result),
                            List.of(result.source()));
                });
    }

    static String redundancySay(RedundancyPayResult result) {
        if (!result.entitled()) {
            return result.reason();
        }
        return "Your statutory redundancy pay would be " + pounds(result.amount()) + " (" + pounds(result.amountNi())
                + " in Northern Ireland). That is " + result.weeks().stripTrailingZeros().toPlainString()
                + " weeks' pay, with a week's pay capped at " + pounds(result.weeklyPayCap())
                + ". Your employer may pay more under your contract.";
    }

    static String minimumWageSay(MinimumWageResult result) {
        if (result.outcome() == MinimumWageResult.Outcome.UNDER_SCHOOL_LEAVING_AGE
                || result.minimumHourlyRate() == null || result.minimumEntitlement() == null
                || result.totalPay() == null) {
            return result.reason();
        }
        String rate = "The minimum for you is " + pounds(result.minimumHourlyRate()) + " an hour, so you should get"
                + " at least " + pounds(result.minimumEntitlement()) + " for this pay period.";
        if (result.outcome() == MinimumWageResult.Outcome.BELOW) {
            return "You may be paid less than the minimum wage. " + rate + " You were paid "
                    + pounds(result.totalPay()) + ". Acas can give you free advice.";
        }
        return "Your pay is at or above the minimum wage. " + rate;
    }

    private static String pounds(BigDecimal amount) {
        BigDecimal scaled = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        String text = String.format(java.util.Locale.UK, "£%,.2f", scaled);
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    /** A calculator behind the agent's tool interface. */
    private static final class Tool implements AgentTool {
        private final ToolDefinition definition;
        private final java.util.function.Function<JsonNode, ToolOutput> body;

        Tool(ToolDefinition definition, java.util.function.Function<JsonNode, ToolOutput> body) {
            this.definition = definition;
            this.body = body;
        }

        @Override
        public ToolDefinition definition() {
            return definition;
        }

        @Override
        public ToolOutput run(JsonNode arguments, ToolContext context) {
            try {
                return body.apply(arguments);
            } catch (InvalidFieldException e) {
                throw new ToolInputException(e.field() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                if (e.getClass().getName().startsWith("tools.jackson")) {
                    throw new ToolInputException("The arguments do not match the schema: " + e.getMessage());
                }
                throw e;
            }
        }
    }
}
