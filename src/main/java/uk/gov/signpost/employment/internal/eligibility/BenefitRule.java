package uk.gov.signpost.employment.internal.eligibility;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of GOV.UK's catalogue: a kind of support, the nations that offer it, GOV.UK's link for it (null when
 * the rules data has no sourced link) and when to show it. A null {@code condition} means it is shown to everyone in
 * those nations. {@code publishedRule} is the rule as the reference restates it, kept so a reviewer can compare.
 */
record BenefitRule(
        String key,
        String title,
        List<String> countries,
        @Nullable String url,
        String publishedRule,
        @Nullable Condition condition) {

    BenefitRule {
        if (key.isBlank() || title.isBlank() || publishedRule.isBlank()) {
            throw new IllegalArgumentException("a rule needs a key, a title and its published rule");
        }
        countries = List.copyOf(countries);
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("rule " + key + " is offered nowhere");
        }
        if (url != null && !url.startsWith("https://")) {
            throw new IllegalArgumentException("rule " + key + " has a link that is not https");
        }
    }

    boolean offeredIn(@Nullable String country) {
        return country != null && countries.contains(country);
    }
}
