package uk.gov.signpost.employment.internal.schemes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.employment.EmploymentSchemes;
import uk.gov.signpost.employment.EmploymentSituation;
import uk.gov.signpost.employment.EmploymentSituation.Benefit;
import uk.gov.signpost.employment.EmploymentSituation.EmploymentStatus;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.employment.SchemeResult;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * {@code POST /api/v1/eligibility/employment-schemes} with {@code {"situation": {...}}}: every open scheme with
 * {@code yes}, {@code maybe} or {@code no} and a reason. Only {@code situation.nation} is needed; every other field
 * may be left out when the person has not said. A wrong type, an unknown value or an unknown field is a 422
 * {@code application/problem+json} naming the field, so a typo is never silently read as "not said".
 */
@RestController
class EmploymentSchemesController {

    private static final Set<String> FIELDS = Set.of("nation", "age", "employment_status", "benefits",
            "disability_or_health_condition", "hours_per_week", "permitted_work", "has_level_3_qualification");

    private final EmploymentSchemes schemes;

    EmploymentSchemesController(EmploymentSchemes schemes) {
        this.schemes = schemes;
    }

    @PostMapping(path = "/api/v1/eligibility/employment-schemes", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    SchemesResponse check(@RequestBody JsonNode body) {
        JsonNode situation = body.path("situation");
        if (!situation.isObject()) {
            throw new InvalidFieldException("missing_value", "situation",
                    "Send the person's situation, for example {\"situation\": {\"nation\": \"england\"}}");
        }
        for (String field : situation.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidFieldException("unknown_field", "situation." + field,
                        "This is not a field of the situation. Use "
                                + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        return new SchemesResponse(schemes.check(situation(situation)).stream().map(ResultBody::from).toList());
    }

    private static EmploymentSituation situation(JsonNode json) {
        String nationKey = text(json, "nation");
        if (nationKey == null) {
            throw new InvalidFieldException("missing_value", "situation.nation",
                    "Say which nation the person lives in: england, scotland, wales or northern-ireland");
        }
        Nation nation = Nation.fromKey(nationKey).orElseThrow(() -> new InvalidFieldException("unknown_option",
                "situation.nation", "Use england, scotland, wales or northern-ireland"));
        String status = text(json, "employment_status");
        return new EmploymentSituation(
                nation,
                age(json),
                status == null ? null : EmploymentStatus.fromKey(status).orElseThrow(() -> new InvalidFieldException(
                        "unknown_option", "situation.employment_status",
                        "Use employed, self_employed, unemployed, starting_work or in_full_time_education")),
                benefits(json),
                yesNo(json, "disability_or_health_condition"),
                hours(json),
                yesNo(json, "permitted_work"),
                yesNo(json, "has_level_3_qualification"));
    }

    private static @Nullable Integer age(JsonNode json) {
        JsonNode value = present(json, "age");
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidFieldException("invalid_value", "situation.age",
                    "Give the age as a whole number of years");
        }
        return value.asInt();
    }

    private static @Nullable Double hours(JsonNode json) {
        JsonNode value = present(json, "hours_per_week");
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidFieldException("invalid_value", "situation.hours_per_week",
                    "Give the hours worked in a usual week as a number");
        }
        return value.asDouble();
    }

    private static @Nullable Set<Benefit> benefits(JsonNode json) {
        JsonNode value = present(json, "benefits");
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw new InvalidFieldException("invalid_value", "situation.benefits",
                    "Give the benefits as a list, or an empty list for none");
        }
        Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        for (JsonNode item : value.values()) {
            benefits.add(Benefit.fromKey(item.isString() ? item.stringValue() : "").orElseThrow(() ->
                    new InvalidFieldException("unknown_option", "situation.benefits", "Use universal_credit,"
                            + " jobseekers_allowance, employment_and_support_allowance or income_support")));
        }
        return benefits;
    }

    private static @Nullable Boolean yesNo(JsonNode json, String field) {
        JsonNode value = present(json, field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidFieldException("invalid_value", "situation." + field, "Give true or false");
        }
        return value.asBoolean();
    }

    private static @Nullable String text(JsonNode json, String field) {
        JsonNode value = present(json, field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidFieldException("invalid_value", "situation." + field, "Give this as text");
        }
        return value.stringValue();
    }

    /** The field's value, or null when it is missing or JSON null (both mean "not said"). */
    private static @Nullable JsonNode present(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value;
    }

    record SchemesResponse(List<ResultBody> results) {}

    record ResultBody(String key, String title, String url, String eligible, String reason) {

        static ResultBody from(SchemeResult result) {
            return new ResultBody(result.key(), result.title(), result.url(), result.eligible().value(),
                    result.reason());
        }
    }
}
