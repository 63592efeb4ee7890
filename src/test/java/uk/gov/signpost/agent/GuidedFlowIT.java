package uk.gov.signpost.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** Guided flows in offline mode, through the API: the same flow data runs whatever the model. */
@SignpostIntegrationTest(properties = "signpost.rate-limit.messages-per-minute=1000")
class GuidedFlowIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    uk.gov.signpost.platform.PersonalDataCipher cipher;

    ApiClient api;
    Started conversation;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        conversation = api.start();
    }

    @Test
    void the_support_check_fills_what_free_text_gives_and_asks_only_for_what_is_missing() {
        String first = say("what benefits can I get?");
        assertThat(first).contains("I can help you check what support").contains("Where do you live?");

        String second = say("I'm 34, live in Cardiff, work 10 hours a week and have two kids aged 3 and 6");

        assertThat(second).contains("Do you have a disability or health condition?");
        assertThat(second).doesNotContain("Where do you live").doesNotContain("State Pension")
                .doesNotContain("hours of paid work").doesNotContain("children living with you");
    }

    @Test
    void the_support_check_can_be_completed_one_answer_at_a_time_and_matches_govuk_rules() {
        say("can you check what support I can get");
        say("Wales");
        say("no");          // State Pension age
        say("yes");         // in paid work
        say("I usually work less than 16 hours a week");
        say("no");          // disability
        say("no");          // carer
        say("yes");         // children
        say("3 to 4, 5 to 7");
        say("no");          // children with a disability
        say("no");          // benefits
        JsonNode last = api.say(conversation, "Less than £16,000").json().get("reply");

        assertThat(last.get("text").asString()).contains("you may be able to get");
        List<String> shown = ApiClient.keys(last.get("signposts"));
        JsonNode expected = api.post("/api/v1/eligibility/check-benefits-financial-support", """
                {"answers": {"where_do_you_live": "wales", "over_state_pension_age": "no", "are_you_working": "yes",
                 "how_many_paid_hours_work": "sixteen_or_less_per_week", "disability_or_health_condition": "no",
                 "carer_disability_or_health_condition": "no", "children_living_with_you": "yes",
                 "age_of_children": ["3_to_4", "5_to_7"], "children_with_disability": "no", "on_benefits": "no",
                 "assets_and_savings": "under_16000"}}""").json();
        List<String> govuk = new java.util.ArrayList<>();
        expected.get("results").forEach(r -> govuk.add(r.get("key").asString()));
        assertThat(shown).containsExactlyElementsOf(govuk);
    }

    @Test
    void job_search_takes_the_job_from_the_request_asks_where_and_shows_adverts() {
        String first = say("I'm looking for administrative officer jobs");
        assertThat(first).contains("Where do you want to work?").doesNotContain("What kind of job");

        JsonNode reply = api.say(conversation, "LS1").json().get("reply");

        assertThat(reply.get("text").asString()).contains("adverts near LS1").contains("have closed");
        assertThat(reply.get("signposts")).isNotEmpty();
        assertThat(reply.get("signposts").get(0).get("key").asString()).startsWith("job:");
    }

    @Test
    void training_search_takes_the_subject_from_the_request() {
        JsonNode reply = api.say(conversation, "I want to train in plumbing").json().get("reply");
        assertThat(reply.get("text").asString()).contains("apprenticeship");
        assertThat(reply.get("signposts")).isNotEmpty();
    }

    @Test
    void an_answer_it_cannot_read_is_asked_again_kindly() {
        say("check what support I can get");
        String reply = say("somewhere by the sea");
        assertThat(reply).startsWith("Sorry, I did not understand that answer.").contains("Where do you live?");
    }

    @Test
    void a_fact_given_again_corrects_the_answer_it_filled() {
        say("check what support I can get");
        say("I live in Cardiff");
        String corrected = say("sorry, I actually live in Glasgow");
        assertThat(corrected).contains("State Pension");
        // The state is sealed under the owner's data key, so it is read through the cipher.
        String state = jdbc.sql("select d.sealed, c.owner_id from dialogue_state d join conversation c"
                        + " on c.id = d.conversation_id where d.conversation_id = ?::uuid")
                .param(conversation.id())
                .query((rs, row) -> cipher.open(rs.getObject(2, java.util.UUID.class), rs.getBytes(1)))
                .single();
        String nation = tools.jackson.databind.json.JsonMapper.builder().build().readTree(state)
                .path("slots").path("where_do_you_live").asString();
        assertThat(nation).isEqualTo("scotland");
    }

    @Test
    void the_person_can_stop_a_flow() {
        say("check what support I can get");
        assertThat(say("stop")).contains("I have stopped");
        assertThat(say("hello")).doesNotContain("Where do you live");
    }

    @Test
    void asking_for_a_person_needs_a_yes_before_anything_is_shared() {
        JsonNode offer = api.say(conversation, "I want to talk to a real person").json().get("reply");
        assertThat(offer.get("text").asString()).contains("Reply yes or no");
        assertThat(ApiClient.keys(offer.get("signposts")).get(0)).isEqualTo("human_adviser");
        assertThat(handoffs()).isZero();

        assertThat(say("yes")).contains("I have asked for an adviser");

        assertThat(handoffs()).isEqualTo(1);
        Map<String, Object> confirmation = jdbc.sql("select answer, executed_at is not null as executed"
                + " from confirmation where conversation_id = ?::uuid").param(conversation.id()).query().singleRow();
        assertThat(confirmation).containsEntry("answer", "confirmed").containsEntry("executed", true);
        assertThat(say("yes")).doesNotContain("I have asked for an adviser");
        assertThat(handoffs()).isEqualTo(1);
    }

    @Test
    void saying_no_or_moving_on_shares_nothing() {
        say("can I speak to someone");
        assertThat(say("no")).contains("I have not done that");
        say("can I speak to someone");
        say("actually, what jobs are there near Leeds");
        say("yes");
        assertThat(handoffs()).isZero();
        assertThat(jdbc.sql("select answer from confirmation where conversation_id = ?::uuid order by asked_at")
                .param(conversation.id()).query(String.class).list()).containsExactly("declined", "withdrawn");
    }

    @Test
    void every_turn_leaves_a_trace_of_ids_and_measurements_only() {
        say("I've been made redundant");
        Map<String, Object> trace = jdbc.sql("select model, model_calls, tool_calls, fallback, outcome, steps::text"
                + " as steps from turn_trace where conversation_id = ?::uuid").param(conversation.id()).query().singleRow();
        assertThat(trace).containsEntry("model", "offline").containsEntry("model_calls", 1)
                .containsEntry("fallback", false).containsEntry("outcome", "replied");
        assertThat((String) trace.get("steps")).contains("recommend_services").doesNotContain("redundant");
    }

    private String say(String text) {
        ApiClient.Response response = api.say(conversation, text);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("reply").get("text").asString();
    }

    private int handoffs() {
        return jdbc.sql("select count(*) from handoff_request where conversation_id = ?::uuid")
                .param(conversation.id()).query(Integer.class).single();
    }
}
