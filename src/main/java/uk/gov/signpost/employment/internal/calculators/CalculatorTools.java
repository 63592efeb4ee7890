package uk.gov.signpost.employment.internal.calculators;

import java.util.List;
import java.util.function.BiFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The two calculators as agent tools. They take the same JSON as the REST API, and the figures in the reply are
 * written from the result ({@link CalculatorSentences}), in the turn's language, so no model states a figure the
 * calculator did not return.
 */
@Configuration(proxyBeanMethods = false)
class CalculatorTools {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .findAndAddModules()
            .build();

    @Bean
    AgentTool redundancyPayTool(RedundancyPayCalculator calculator, CalculatorSentences sentences, Wording wording) {
        return new Tool(new ToolDefinition("calculate_redundancy_pay",
                "Statutory redundancy pay, as GOV.UK's calculator works it out, for Great Britain and Northern"
                        + " Ireland. Needs the dismissal date, age, full years of service and weekly pay before tax.",
                "{\"type\":\"object\",\"properties\":{"
                        + "\"dismissal_date\":{\"type\":\"string\",\"format\":\"date\"},"
                        + "\"age\":{\"type\":\"integer\"},"
                        + "\"years_service\":{\"type\":\"integer\"},"
                        + "\"weekly_pay\":{\"type\":\"number\"}},"
                        + "\"required\":[\"dismissal_date\",\"age\",\"years_service\",\"weekly_pay\"]}"),
                (arguments, language) -> {
                    RedundancyPayResult result = calculator.calculate(
                            JSON.treeToValue(arguments, RedundancyPayRequest.class).toCommand());
                    return new ToolOutput(JSON.writeValueAsString(result), List.of(),
                            sentences.redundancySay(result, language.locale()), List.of(result.source()));
                }, wording);
    }

    @Bean
    AgentTool minimumWageTool(MinimumWageCalculator calculator, CalculatorSentences sentences, Wording wording) {
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
                (arguments, language) -> {
                    MinimumWageResult result = calculator.calculate(
                            JSON.treeToValue(arguments, MinimumWageRequest.class).toCommand());
                    return new ToolOutput(JSON.writeValueAsString(result), List.of(),
                            sentences.minimumWageSay(result, language.locale()), List.of(result.source()));
                }, wording);
    }

    /** A calculator behind the agent's tool interface. */
    private static final class Tool implements AgentTool {
        private final ToolDefinition definition;
        private final BiFunction<JsonNode, Language, ToolOutput> body;
        private final Wording wording;

        Tool(ToolDefinition definition, BiFunction<JsonNode, Language, ToolOutput> body, Wording wording) {
            this.definition = definition;
            this.body = body;
            this.wording = wording;
        }

        @Override
        public ToolDefinition definition() {
            return definition;
        }

        @Override
        public ToolOutput run(JsonNode arguments, ToolContext context) {
            try {
                return body.apply(arguments, context.language());
            } catch (InvalidFieldException e) {
                throw new ToolInputException(wording.invalidInput(e, context.language()));
            } catch (RuntimeException e) {
                if (e.getClass().getName().startsWith("tools.jackson")) {
                    throw new ToolInputException(
                            wording.text("tool.error.schema", context.language(), e.getMessage()));
                }
                throw e;
            }
        }
    }
}
