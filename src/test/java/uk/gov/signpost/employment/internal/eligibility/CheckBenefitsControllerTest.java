package uk.gov.signpost.employment.internal.eligibility;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.gov.signpost.platform.InvalidFieldException;

class CheckBenefitsControllerTest {

    private static final String PATH = "/api/v1/eligibility/check-benefits-financial-support";

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(
                    new CheckBenefitsController(new BenefitsChecker(Rulebooks.readDefault())))
            .setControllerAdvice(new ProblemAdviceLikeTheWebLayers())
            .build();

    @Test
    void given_no_answers_when_posted_then_it_returns_the_first_questions_to_ask() throws Exception {
        send("{\"answers\": {}}")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.results").isEmpty())
                .andExpect(jsonPath("$.next_questions[0].id").value("where_do_you_live"))
                .andExpect(jsonPath("$.next_questions[0].text").value("Where do you live?"))
                .andExpect(jsonPath("$.next_questions[0].hint").value(nullValue()))
                .andExpect(jsonPath("$.next_questions[0].type").value("radio"))
                .andExpect(jsonPath("$.next_questions[0].options[3].value").value("northern-ireland"))
                .andExpect(jsonPath("$.next_questions[0].options[3].label").value("Northern Ireland"));
    }

    @Test
    void given_a_body_without_answers_when_posted_then_it_starts_from_the_beginning() throws Exception {
        send("{}").andExpect(status().isOk()).andExpect(jsonPath("$.next_questions[0].id").value("where_do_you_live"));
    }

    @Test
    void given_children_when_posted_then_the_ages_question_comes_back_as_checkboxes() throws Exception {
        send("""
                {"answers": {"where_do_you_live": "wales", "over_state_pension_age": "no", "are_you_working": "no",
                  "disability_or_health_condition": "no", "carer_disability_or_health_condition": "no",
                  "children_living_with_you": ["yes"]}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.next_questions[0].id").value("age_of_children"))
                .andExpect(jsonPath("$.next_questions[0].type").value("checkbox"))
                .andExpect(jsonPath("$.next_questions[0].options", hasSize(9)));
    }

    @Test
    void given_govuks_flow_test_answers_when_posted_then_it_returns_15_results_with_links_and_reasons()
            throws Exception {
        send("""
                {"answers": {"where_do_you_live": "england", "over_state_pension_age": "yes",
                  "are_you_working": "yes", "how_many_paid_hours_work": "sixteen_or_less_per_week",
                  "disability_or_health_condition": "no", "carer_disability_or_health_condition": "no",
                  "children_living_with_you": "yes", "age_of_children": ["5_to_7"], "children_with_disability": "yes",
                  "on_benefits": "yes", "current_benefits": ["universal_credit"], "assets_and_savings": "under_16000"}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.next_questions").isEmpty())
                .andExpect(jsonPath("$.results", hasSize(15)))
                .andExpect(jsonPath("$.results[0].key").value("pension_credit"))
                .andExpect(jsonPath("$.results[0].title").value("Pension Credit"))
                .andExpect(jsonPath("$.results[0].url").value("https://www.gov.uk/pension-credit"))
                .andExpect(jsonPath("$.results[0].reason").value("You said you're State Pension age or over, you get"
                        + " Universal Credit and you do not get Pension Credit."))
                .andExpect(jsonPath("$.results[3].key").value("winter_fuel_payment"))
                .andExpect(jsonPath("$.results[3].url").value(nullValue()));
    }

    @Test
    void given_an_unknown_option_when_posted_then_it_is_a_422_problem_naming_the_field() throws Exception {
        send("{\"answers\": {\"where_do_you_live\": \"france\"}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unknown_option"))
                .andExpect(jsonPath("$.field").value("answers.where_do_you_live"));
    }

    @Test
    void given_an_empty_checkbox_answer_when_posted_then_it_is_a_422_problem_naming_the_field() throws Exception {
        send("{\"answers\": {\"age_of_children\": []}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("missing_value"))
                .andExpect(jsonPath("$.field").value("answers.age_of_children"));
    }

    @Test
    void given_an_unknown_question_when_posted_then_it_is_a_422_problem_naming_the_field() throws Exception {
        send("{\"answers\": {\"shoe_size\": \"9\"}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("unknown_question"))
                .andExpect(jsonPath("$.field").value("answers.shoe_size"));
    }

    @Test
    void given_an_answer_that_is_not_text_when_posted_then_it_is_a_422_problem_naming_the_field() throws Exception {
        send("{\"answers\": {\"over_state_pension_age\": 66}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("invalid_value"))
                .andExpect(jsonPath("$.field").value("answers.over_state_pension_age"));
    }

    private ResultActions send(String json) throws Exception {
        return mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Stands in for the web layer's advice, which maps {@link InvalidFieldException} the same way. */
    @RestControllerAdvice
    static class ProblemAdviceLikeTheWebLayers {

        @ExceptionHandler(InvalidFieldException.class)
        ProblemDetail invalidField(InvalidFieldException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
            problem.setProperty("code", e.code());
            problem.setProperty("field", e.field());
            return problem;
        }
    }
}
