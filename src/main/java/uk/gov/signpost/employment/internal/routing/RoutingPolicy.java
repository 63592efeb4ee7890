package uk.gov.signpost.employment.internal.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which services to suggest for a person's situation, from the rules in {@code employment/routing.json}. Each
 * rule is a condition over facts (the same names offline extraction and the models use: {@code age},
 * {@code carer}, {@code disability}, {@code working}, {@code hours_per_week}, {@code redundant}…) and gives a
 * service with a reason the person can read. A fact that is not known never matches, so nothing is assumed.
 *
 * <p>It does not decide entitlement; it only points to services worth a look. Conditions: {@code all},
 * {@code any}, {@code not}, and on one fact {@code is}, {@code at_least}, {@code at_most}, {@code below}.
 */
@Component
public class RoutingPolicy {

    private final List<Rule> rules = new ArrayList<>();

    public RoutingPolicy() {
        try (InputStream in = new ClassPathResource("employment/routing.json").getInputStream()) {
            JsonNode file = JsonMapper.builder().build().readTree(in);
            for (JsonNode rule : file.path("rules")) {
                if (!rule.path("reason_cy").isString()) {
                    throw new IllegalStateException("employment/routing.json: a rule for "
                            + rule.path("service").asString() + " has no Welsh reason (reason_cy)");
                }
                rules.add(new Rule(rule.path("service").asString(), rule.path("when"), rule.path("reason").asString(),
                        rule.path("reason_cy").asString(), rule.path("source").asString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read employment/routing.json", e);
        }
    }

    /** The services the rules give for these facts, in rule order, each with its reason. */
    public List<Recommendation> recommend(Map<String, Object> facts) {
        List<Recommendation> recommendations = new ArrayList<>();
        for (Rule rule : rules) {
            if (matches(rule.when(), facts)) {
                recommendations.add(new Recommendation(rule.service(), rule.reason(), rule.welshReason(),
                        rule.source()));
            }
        }
        return recommendations;
    }

    private static boolean matches(JsonNode when, Map<String, Object> facts) {
        if (when.has("all")) {
            for (JsonNode part : when.path("all")) {
                if (!matches(part, facts)) {
                    return false;
                }
            }
            return true;
        }
        if (when.has("any")) {
            for (JsonNode part : when.path("any")) {
                if (matches(part, facts)) {
                    return true;
                }
            }
            return false;
        }
        if (when.has("not")) {
            return !matches(when.path("not"), facts);
        }
        Object fact = facts.get(when.path("fact").asString());
        if (fact == null) {
            return false;
        }
        if (when.has("is")) {
            JsonNode is = when.path("is");
            return is.isBoolean() ? Boolean.valueOf(is.asBoolean()).equals(fact) : is.asString().equals(String.valueOf(fact));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(String.valueOf(fact));
        } catch (NumberFormatException e) {
            return false;
        }
        if (when.has("at_least")) {
            return value.compareTo(when.path("at_least").decimalValue()) >= 0;
        }
        if (when.has("at_most")) {
            return value.compareTo(when.path("at_most").decimalValue()) <= 0;
        }
        if (when.has("below")) {
            return value.compareTo(when.path("below").decimalValue()) < 0;
        }
        throw new IllegalStateException("A routing condition has no test: " + when);
    }

    /** A service worth a look, with the reason in plain English and the page the rule was checked against. */
    public record Recommendation(String service, String reason, String welshReason, String source) {}

    private record Rule(String service, JsonNode when, String reason, String welshReason, String source) {}
}
