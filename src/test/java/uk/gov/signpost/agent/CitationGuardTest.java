package uk.gov.signpost.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.agent.CitationGuard.Guarded;

/** Only links that a tool returned this turn survive; everything else loses its address and keeps its words. */
class CitationGuardTest {

    private static final String UC = "https://www.gov.uk/universal-credit";
    private static final String JSA_ELIGIBILITY = "https://www.gov.uk/jobseekers-allowance/eligibility";
    private static final String SECTION = "https://www.gov.uk/apply-apprenticeship#who-can-do-an-apprenticeship";
    private static final List<String> TOOL_URLS = List.of(UC, JSA_ELIGIBILITY, SECTION);

    private final CitationGuard guard = new CitationGuard();

    private Guarded guard(String reply) {
        return guard.guard(reply, TOOL_URLS);
    }

    @Nested
    class Markdown_links {

        @Test
        void a_link_a_tool_returned_is_kept_as_it_is() {
            Guarded guarded = guard("Read [Universal Credit](" + UC + ") first.");

            assertThat(guarded.text()).isEqualTo("Read [Universal Credit](" + UC + ") first.");
            assertThat(guarded.stripped()).isZero();
        }

        @Test
        void a_made_up_link_keeps_its_words_and_loses_its_address() {
            Guarded guarded = guard("Apply on [the JSA site](https://jsa-apply.example.com/start) today.");

            assertThat(guarded.text()).isEqualTo("Apply on the JSA site today.");
            assertThat(guarded.stripped()).isEqualTo(1);
            assertThat(guarded.strippedUrls()).containsExactly("https://jsa-apply.example.com/start");
        }

        @Test
        void a_title_and_angle_brackets_around_the_address_are_understood() {
            assertThat(guard("[UC](" + UC + " \"Universal Credit\") and [x](<https://evil.example/a b>)").text())
                    .isEqualTo("[UC](" + UC + ") and x");
        }

        @Test
        void an_address_with_brackets_inside_is_one_link() {
            Guarded guarded = guard("See [Wikipedia](https://en.wikipedia.org/wiki/Jobcentre_Plus_(UK)) for more.");

            assertThat(guarded.text()).isEqualTo("See Wikipedia for more.");
            assertThat(guarded.strippedUrls()).containsExactly("https://en.wikipedia.org/wiki/Jobcentre_Plus_(UK)");
        }

        @Test
        void an_image_keeps_its_alt_text_only_when_its_address_is_not_allowed() {
            assertThat(guard("![GOV.UK logo](https://evil.example/logo.png)").text()).isEqualTo("GOV.UK logo");
        }

        @Test
        void link_words_that_are_themselves_an_address_are_checked_too() {
            Guarded guarded = guard("[https://evil.example/claim](" + UC + ")");

            assertThat(guarded.text()).isEqualTo("[](" + UC + ")");
            assertThat(guarded.stripped()).isEqualTo(1);
        }

        @Test
        void several_links_in_one_reply_are_each_judged() {
            Guarded guarded = guard("- [UC](" + UC + ")\n- [Fake](https://fake.example)\n- [JSA](" + JSA_ELIGIBILITY
                    + ")\n- [Also fake](http://www.gov.uk/made-up-page)");

            assertThat(guarded.text()).isEqualTo("- [UC](" + UC + ")\n- Fake\n- [JSA](" + JSA_ELIGIBILITY
                    + ")\n- Also fake");
            assertThat(guarded.stripped()).isEqualTo(2);
        }

        @Test
        void reference_links_go_with_their_definitions() {
            Guarded guarded = guard("See [the guide][1] and [the rules][uc].\n\n[1]: https://evil.example/guide\n[uc]: "
                    + UC + " \"UC\"\n");

            assertThat(guarded.text()).isEqualTo("See the guide and [the rules][uc].\n\n[uc]: " + UC + "\n");
            assertThat(guarded.strippedUrls()).containsExactly("https://evil.example/guide");
        }

        @Test
        void an_html_anchor_is_treated_like_a_link() {
            assertThat(guard("<a href=\"https://evil.example\">Apply</a> or <a href='" + UC + "' target=_blank>UC</a>")
                    .text()).isEqualTo("Apply or <a href=\"" + UC + "\">UC</a>");
        }

        @Test
        void mailto_links_are_not_a_tools_so_they_lose_their_address() {
            assertThat(guard("[Email us](mailto:help@example.com)").text()).isEqualTo("Email us");
        }
    }

    @Nested
    class Bare_addresses {

        @Test
        void an_allowed_address_stays() {
            assertThat(guard("Go to " + UC + " to apply.").text()).isEqualTo("Go to " + UC + " to apply.");
        }

        @Test
        void a_made_up_address_is_taken_out_and_the_sentence_closes_up() {
            Guarded guarded = guard("Go to https://universal-credit.example.com/apply to apply.");

            assertThat(guarded.text()).isEqualTo("Go to to apply.");
            assertThat(guarded.stripped()).isEqualTo(1);
        }

        @Test
        void sentence_punctuation_after_an_address_is_not_part_of_it() {
            assertThat(guard("Apply at " + UC + ". Or ask.").text()).isEqualTo("Apply at " + UC + ". Or ask.");
            assertThat(guard("Check " + JSA_ELIGIBILITY + ", then apply!").text())
                    .isEqualTo("Check " + JSA_ELIGIBILITY + ", then apply!");
            assertThat(guard("Is it " + UC + "?").text()).isEqualTo("Is it " + UC + "?");
            assertThat(guard("Apply at https://evil.example/apply.").text()).isEqualTo("Apply at.");
        }

        @Test
        void a_closing_bracket_belongs_to_the_address_only_when_it_opened_there() {
            assertThat(guard("Universal Credit (" + UC + ") helps.").text())
                    .isEqualTo("Universal Credit (" + UC + ") helps.");
            assertThat(guard("Universal Credit (https://evil.example/uc) helps.").text())
                    .isEqualTo("Universal Credit helps.");
            assertThat(guard("See https://en.wikipedia.org/wiki/Jobcentre_(UK).").strippedUrls())
                    .containsExactly("https://en.wikipedia.org/wiki/Jobcentre_(UK)");
        }

        @Test
        void an_address_starting_with_www_counts_and_is_written_as_the_tool_wrote_it() {
            assertThat(guard("Visit www.gov.uk/universal-credit now.").text()).isEqualTo("Visit " + UC + " now.");
            assertThat(guard("Visit www.evil.example now.").text()).isEqualTo("Visit now.");
        }

        @Test
        void an_autolink_is_kept_or_taken_out_whole() {
            assertThat(guard("<" + UC + "> and <https://evil.example>").text()).isEqualTo("<" + UC + "> and");
        }

        @Test
        void an_address_in_inline_code_is_still_an_address() {
            assertThat(guard("Type `https://evil.example/x` into your browser").text())
                    .isEqualTo("Type `` into your browser");
        }
    }

    @Nested
    class Comparing_addresses {

        @Test
        void http_counts_as_https_and_is_upgraded_to_what_the_tool_returned() {
            Guarded guarded = guard("[UC](http://www.gov.uk/universal-credit) or http://www.gov.uk/universal-credit");

            assertThat(guarded.text()).isEqualTo("[UC](" + UC + ") or " + UC);
            assertThat(guarded.stripped()).isZero();
        }

        @Test
        void case_of_scheme_and_host_a_default_port_and_a_trailing_slash_do_not_matter() {
            assertThat(guard("HTTPS://WWW.GOV.UK/universal-credit/ and https://www.gov.uk:443/universal-credit").text())
                    .isEqualTo(UC + " and " + UC);
        }

        @Test
        void case_of_the_path_does_matter() {
            assertThat(guard("https://www.gov.uk/Universal-Credit").stripped()).isEqualTo(1);
        }

        @Test
        void a_different_host_is_a_different_address_even_if_it_looks_alike() {
            assertThat(guard("https://gov.uk/universal-credit https://www.gov.uk.evil.example/universal-credit "
                    + "https://www.gov.uk@evil.example/universal-credit").stripped()).isEqualTo(3);
        }

        @Test
        void a_query_string_must_be_the_one_the_tool_returned() {
            assertThat(guard(UC + "?utm_source=model").stripped()).isEqualTo(1);
        }

        @Test
        void a_fragment_the_tool_returned_is_allowed_and_so_is_its_page() {
            assertThat(guard("See [who can apply](" + SECTION + ") on https://www.gov.uk/apply-apprenticeship.")
                    .stripped()).isZero();
        }

        @Test
        void a_made_up_fragment_is_not_allowed_even_on_an_allowed_page() {
            Guarded guarded = guard("[Eligibility](" + UC + "#eligibility)");

            assertThat(guarded.text()).isEqualTo("Eligibility");
            assertThat(guarded.strippedUrls()).containsExactly(UC + "#eligibility");
        }

        @Test
        void relative_links_are_never_a_tools() {
            Guarded guarded = guard("[UC](/universal-credit), [here](#apply) and [there](../x)");

            assertThat(guarded.text()).isEqualTo("UC, here and there");
            assertThat(guarded.stripped()).isEqualTo(3);
        }

        @Test
        void with_no_tool_urls_every_link_goes() {
            Guarded guarded = guard.guard("[UC](" + UC + ") and " + JSA_ELIGIBILITY, List.of());

            assertThat(guarded.text()).isEqualTo("UC and");
            assertThat(guarded.stripped()).isEqualTo(2);
        }

        @Test
        void tool_urls_that_are_not_web_addresses_allow_nothing() {
            assertThat(guard.guard("[x](javascript:alert(1))", List.of("javascript:alert(1)", "/relative")).text())
                    .isEqualTo("x");
        }
    }

    @Test
    void text_with_no_links_comes_back_unchanged_including_markdown_line_breaks() {
        String reply = "You may get **Universal Credit**.  \nAsk your work coach (at the Jobcentre) about it.\n\n"
                + "1. Check\n2. Apply";

        assertThat(guard(reply)).isEqualTo(new Guarded(reply, 0, List.of()));
    }

    @Test
    void no_made_up_address_survives_in_seeded_random_replies() {
        Random random = new Random(20261129);
        String[] made = {"https://evil.example/a", "http://www.gov.uk/fake", "www.fake.example", UC + "#nope",
                "https://www.gov.uk/universal-credit?x=1"};
        String[] allowed = {UC, JSA_ELIGIBILITY, SECTION};
        String[] forms = {"%s", "[words](%s)", "<%s>", "(%s)", "%s.", "[w](%s \"t\")", "<a href=\"%s\">w</a>"};
        for (int i = 0; i < 500; i++) {
            StringBuilder reply = new StringBuilder();
            int expectedKept = 0;
            for (int j = 0; j < 4; j++) {
                boolean allow = random.nextBoolean();
                String url = allow ? allowed[random.nextInt(allowed.length)] : made[random.nextInt(made.length)];
                reply.append("Text ").append(String.format(forms[random.nextInt(forms.length)], url)).append(' ');
                expectedKept += allow ? 1 : 0;
            }
            Guarded guarded = guard(reply.toString());

            for (String url : made) {
                assertThat(guarded.text()).as(reply.toString())
                        .doesNotContain(url.replace("https://", "").replace("http://", ""));
            }
            assertThat(guarded.stripped()).as(reply.toString()).isEqualTo(4 - expectedKept);
        }
    }
}
