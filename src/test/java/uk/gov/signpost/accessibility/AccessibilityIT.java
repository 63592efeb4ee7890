package uk.gov.signpost.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.appointments.AppointmentKind;
import uk.gov.signpost.appointments.Availability;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;
import uk.gov.signpost.support.StaffSignIn;
import uk.gov.signpost.identity.StaffRole;

/**
 * Every citizen page, in each state a person can reach, has no accessibility violations that axe-core can find
 * (WCAG 2.2 A and AA, and axe's best practices). Each state's screenshot is kept in {@code target/screenshots}.
 */
@SignpostIntegrationTest(properties = {
        "signpost.handoff.open-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
        "signpost.handoff.opens-at=00:00", "signpost.handoff.closes-at=23:59:59",
        "signpost.rate-limit.messages-per-minute=100"})
class AccessibilityIT {

    /** The bar issue 9 sets for how much of the service the checks cover. */
    private static final int AT_LEAST = 25;

    private static final AtomicInteger STATES = new AtomicInteger();
    private static final Queue<PageStates.Checked> RESULTS = new ConcurrentLinkedQueue<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Availability availability;

    @AfterAll
    static void enough_page_states_were_checked() {
        assertThat(STATES.get()).as("page states checked with axe").isGreaterThanOrEqualTo(AT_LEAST);
    }

    /**
     * The accessibility statement is made from these results, so they must be the ones the service has now. With
     * {@code -Dsignpost.accessibility.record=true} the run writes them (dated today) for the statement; otherwise
     * it fails if the states checked, or what they found, differ from what the statement says.
     */
    @AfterAll
    static void the_accessibility_statement_states_these_results() throws IOException {
        StatementResults.check(List.copyOf(RESULTS), Boolean.getBoolean("signpost.accessibility.record"));
    }

    @Test
    void conversation_pages_have_no_violations_in_any_state() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(base() + "/");
            states.check("start");

            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            states.check("conversation-empty");
            String conversation = page.getCurrentUrl().replaceAll("#.*", "");
            String id = conversation.substring(conversation.lastIndexOf('/') + 1);

            submit(page, "   ");
            states.check("conversation-error-summary");

            streamed(page, "I've just been made redundant and I don't know what to do");
            states.check("conversation-streamed-reply-with-signposts");
            page.navigate().refresh();
            states.check("conversation-reply-with-signposts");

            streamed(page, "check what support I can get");
            states.check("conversation-guided-question");

            streamed(page, "I live in Cardiff");
            jdbc.sql("delete from message where id = (select id from message where conversation_id = ?::uuid"
                    + " and role = 'assistant' order by seq desc limit 1)").param(id).update();
            page.get(conversation);
            assertThat(page.findElements(By.id("awaiting-reply"))).hasSize(1);
            states.check("conversation-awaiting-reply");

            Browser.clickAndWait(page, page.findElement(By.linkText("Delete this conversation")));
            states.check("delete-confirmation");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--warning")));
            states.check("start-after-delete");

            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            streamed(page, "I want to talk to a real person");
            page.get(base() + "/");
            states.check("start-with-previous-conversations");

            page.get(conversation);
            states.check("error-not-found");
            page.get(base() + "/no-such-page");
            states.check("error-no-such-page");
            page.get(base() + "/handoff");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Talk to an adviser");
            states.check("handoff");

            record(states);
        }
    }

    /**
     * The person waiting for an adviser, the caseworker's queue and case in each step, and the adviser's reply
     * arriving live on the person's page. Advisers work every day here, so the states do not depend on the hour.
     */
    @Test
    void handoff_pages_have_no_violations_in_any_state() {
        try (Browser citizen = Browser.withJavaScript(); Browser caseworker = Browser.withJavaScript()) {
            WebDriver person = citizen.driver();
            PageStates personStates = new PageStates(citizen);
            person.get(base() + "/");
            Browser.clickAndWait(person, person.findElement(By.cssSelector("button.govuk-button--start")));
            streamed(person, "I want to talk to a real person");
            streamed(person, "yes");
            new WebDriverWait(person, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("handoff-position"))
                    .isEmpty());
            personStates.check("handoff-waiting-for-an-adviser");
            String conversation = person.getCurrentUrl().replaceAll("[#?].*$", "");
            String handoff = jdbc.sql("select id::text from handoff_request where conversation_id = ?::uuid")
                    .param(conversation.substring(conversation.lastIndexOf('/') + 1)).query(String.class).single();

            WebDriver staff = caseworker.driver();
            PageStates staffStates = new PageStates(caseworker);
            StaffSignIn.inBrowser(staff, port, "caseworker-sam");
            staff.get(StaffSignIn.base(port) + "/staff/handoffs");
            staffStates.check("staff-handoff-queue");
            Browser.clickAndWait(staff, staff.findElement(By.cssSelector("tr[data-handoff='" + handoff + "'] a")));
            staffStates.check("staff-handoff-case-waiting");
            Browser.clickAndWait(staff, staff.findElement(By.id("take")));
            staffStates.check("staff-handoff-case-taken");
            staff.findElement(By.id("text")).sendKeys("Hello, I am Sam. How can I help?");
            Browser.clickAndWait(staff, staff.findElement(By.id("send-reply")));
            staffStates.check("staff-handoff-case-replied");

            new WebDriverWait(person, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("messages")).getText()
                    .contains("Hello, I am Sam. How can I help?"));
            personStates.check("handoff-with-an-adviser-reply-live");

            record(personStates);
            record(staffStates);
        }
    }

    @Test
    void the_accessibility_statement_and_welsh_pages_have_no_violations() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(base() + "/accessibility");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Accessibility statement for Signpost");
            states.check("accessibility-statement");
            page.get(base() + "/accessibility?lang=cy");
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
            states.check("accessibility-statement-welsh");

            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            streamed(page, "Ces i fy niswyddo ddoe");
            assertThat(page.findElement(By.id("latest")).getText()).contains("Canolfan Byd Gwaith");
            states.check("conversation-welsh-reply-with-signposts");
            streamed(page, "Pa gymorth alla i ei gael?");
            states.check("conversation-welsh-guided-question");

            record(states);
        }
    }

    @Test
    void memory_and_resume_pages_have_no_violations_in_any_state() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(base() + "/memory");
            states.check("memory-nothing-remembered");

            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            streamed(page, "I'm looking for admin jobs");
            streamed(page, "Leeds");
            page.get(base() + "/memory");
            states.check("memory-with-facts");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("#fact-work_location a[href$='/change']")));
            states.check("memory-change");
            page.findElement(By.id("value")).clear();
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            states.check("memory-change-error");
            page.get(base() + "/memory");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("#fact-work_location a[href$='/delete']")));
            states.check("memory-delete-confirmation");
            page.get(base() + "/memory/delete-all");
            states.check("memory-delete-all-confirmation");

            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("form[action='/conversations/private'] button")));
            states.check("conversation-private");
            Browser.clickAndWait(page, page.findElement(By.id("continue-elsewhere")));
            states.check("resume-get-code");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            states.check("resume-code-shown");
            page.get(base() + "/resume");
            states.check("resume-enter");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            states.check("resume-enter-error");

            record(states);
        }
    }

    @Test
    void sign_in_and_staff_pages_have_no_violations_in_any_state() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(uk.gov.signpost.support.StaffSignIn.base(port) + "/oauth2/authorization/citizen");
            states.check("sign-in-local-provider");
            page.findElement(org.openqa.selenium.By.id("username")).sendKeys("nobody");
            Browser.clickAndWait(page, page.findElement(org.openqa.selenium.By.cssSelector("main form button")));
            states.check("sign-in-local-provider-error");
            uk.gov.signpost.support.StaffSignIn.citizenInBrowser(page, port, "alice");
            states.check("start-signed-in");
            record(states);
        }
        // A fresh browser: this one is signed in to the provider as a citizen, which would sign staff in as her.
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            uk.gov.signpost.support.StaffSignIn.inBrowser(page, port, uk.gov.signpost.identity.StaffRole.SUPERVISOR);
            states.check("staff-landing");
            page.get(uk.gov.signpost.support.StaffSignIn.base(port) + "/staff?lang=cy");
            states.check("staff-landing-welsh");
            page.get(uk.gov.signpost.support.StaffSignIn.base(port) + "/staff/signed-out?lang=en");
            states.check("staff-signed-out");

            record(states);
        }
    }

    @Test
    void appointment_pages_have_no_violations_in_any_state() {
        for (int day = 12; day <= 13; day++) {
            availability.publish("caseworker-a11y", "staff:caseworker-a11y", AppointmentKind.PHONE,
                    java.time.Instant.now().plus(java.time.Duration.ofDays(day)).truncatedTo(
                            java.time.temporal.ChronoUnit.HOURS), 30, null);
        }
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(base() + "/appointments");
            states.check("appointments-none");

            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            streamed(page, "Can I book a call back?");
            streamed(page, "phone");
            streamed(page, "no thanks");
            streamed(page, "yes");
            page.get(base() + "/appointments");
            states.check("appointments-list");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main .govuk-summary-list__actions a")));
            states.check("appointment");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main a[href$='/move']")));
            states.check("appointment-move");
            submitForm(page);
            states.check("appointment-move-error");
            page.findElement(By.cssSelector("label.govuk-radios__label")).click();
            submitForm(page);
            states.check("appointment-moved");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main a[href$='/cancel']")));
            states.check("appointment-cancel-confirmation");
            submitForm(page);
            states.check("appointment-cancelled");

            record(states);
        }
    }

    @Test
    void staff_console_pages_have_no_violations_in_any_state() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            String staff = StaffSignIn.base(port);
            staffInBrowser(page, port, StaffRole.SUPERVISOR);
            page.get(staff + "/staff/availability");
            states.check("staff-availability");
            submitForm(page);
            states.check("staff-availability-errors");
            page.findElement(By.cssSelector("label[for=kind]")).click();
            type(page, Map.of("day", "3", "month", "2", "year", Integer.toString(java.time.LocalDate.now().getYear() + 1),
                    "time", "10:30"));
            submitForm(page);
            states.check("staff-availability-added");
            page.get(staff + "/staff/dashboard");
            states.check("staff-dashboard");
            page.get(staff + "/staff/traces");
            states.check("staff-traces");
            page.get(staff + "/staff/evaluation");
            states.check("staff-evaluation");

            record(states);
        }
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            staffInBrowser(page, port, StaffRole.SERVICE_OWNER);
            page.get(StaffSignIn.base(port) + "/staff/pilot");
            states.check("staff-pilot");
            submitForm(page);
            states.check("staff-pilot-error");
            record(states);
        }
    }

    @Test
    void training_search_has_no_violations_in_any_state() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(base() + "/training");
            states.check("training-form");
            page.get(base() + "/training?q=accounting");
            states.check("training-results");
            page.get(base() + "/training?route=Construction&page=2");
            states.check("training-results-second-page");
            page.get(base() + "/training?q=zzzzqqqq");
            states.check("training-no-results");
            page.get(base() + "/training?q=" + "a".repeat(101) + "&level=9&route=Astronautics");
            states.check("training-errors");

            record(states);
        }
    }

    @Test
    void benefits_check_has_no_violations_in_any_state() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(base() + "/check-benefits-financial-support");
            states.check("benefits-start");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("a.govuk-button--start")));
            states.check("benefits-radio-question");
            continueOn(page);
            states.check("benefits-radio-question-error");
            answer(page, "England");
            answer(page, "No");
            answer(page, "No");
            answer(page, "No");
            answer(page, "No");
            answer(page, "Yes");
            states.check("benefits-checkbox-question");
            continueOn(page);
            states.check("benefits-checkbox-question-error");
            answer(page, "5 to 7", "1 or under");
            answer(page, "No");
            answer(page, "Yes");
            answer(page, "Universal Credit");
            answer(page, "Less than £16,000");
            assertThat(page.getCurrentUrl()).contains("/results?");
            states.check("benefits-results");

            record(states);
        }
    }

    @Test
    void welsh_benefits_questions_and_results_and_calculator_results_have_no_violations() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(base() + "/check-benefits-financial-support?lang=cy");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("a.govuk-button--start")));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Ble rydych chi'n byw?");
            answer(page, "Cymru");
            assertThat(page.findElement(By.id("over_state_pension_age-hint")).getText())
                    .startsWith("Gallwch wirio oedran Pensiwn y Wladwriaeth");
            states.check("welsh-benefits-radio-question-with-hint");
            answer(page, "Nac ydw");
            answer(page, "Nac ydw");
            answer(page, "Nac oes");
            answer(page, "Nac ydw");
            answer(page, "Oes");
            states.check("welsh-benefits-checkbox-question");
            continueOn(page);
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary__list")).getText())
                    .isEqualTo("Dewiswch oedrannau'r plant sy'n byw gyda chi");
            states.check("welsh-benefits-checkbox-question-error");
            answer(page, "5 i 7");
            answer(page, "Nac oes");
            answer(page, "Ydw");
            answer(page, "Credyd Cynhwysol");
            answer(page, "Llai na £16,000");
            assertThat(page.findElement(By.tagName("main")).getText())
                    .contains("Prydau ysgol am ddim", "Yn ôl eich atebion: ", "rydych yn cael Credyd Cynhwysol")
                    .doesNotContain("You said");
            states.check("welsh-benefits-results-with-reasons");

            page.get(base() + "/calculators/redundancy-pay");
            type(page, Map.of("dismissal-date-day", "1", "dismissal-date-month", "5", "dismissal-date-year", "2026",
                    "age", "42", "years-service", "10", "weekly-pay", "600"));
            submitForm(page);
            assertThat(page.findElement(By.id("reason")).getText()).startsWith("Mae hyd at 20 mlynedd lawn");
            states.check("welsh-redundancy-pay-result");
            page.get(base() + "/calculators/minimum-wage");
            type(page, Map.of("pay-date-day", "1", "pay-date-month", "5", "pay-date-year", "2026", "age", "25",
                    "pay-frequency", "7", "hours", "40", "pay", "500"));
            choose(page, "apprentice", "Nac ydw");
            choose(page, "accommodation", "Nac ydy");
            submitForm(page);
            assertThat(page.findElement(By.id("reason")).getText()).startsWith("Y gyfradd isaf ar gyfer eich oedran");
            states.check("welsh-minimum-wage-result-below");
            page.get(base() + "/?lang=en");

            record(states);
        }
    }

    @Test
    void calculators_have_no_violations_in_any_state() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(base() + "/calculators/redundancy-pay");
            states.check("redundancy-pay-form");
            submitForm(page);
            states.check("redundancy-pay-errors");
            type(page, Map.of("dismissal-date-day", "1", "dismissal-date-month", "5", "dismissal-date-year", "2026",
                    "age", "42", "years-service", "10", "weekly-pay", "600"));
            submitForm(page);
            states.check("redundancy-pay-result");
            page.get(base() + "/calculators/redundancy-pay");
            type(page, Map.of("dismissal-date-day", "1", "dismissal-date-month", "5", "dismissal-date-year", "2026",
                    "age", "30", "years-service", "1", "weekly-pay", "400"));
            submitForm(page);
            states.check("redundancy-pay-result-not-entitled");

            page.get(base() + "/calculators/minimum-wage");
            states.check("minimum-wage-form");
            submitForm(page);
            states.check("minimum-wage-errors");
            type(page, Map.of("pay-date-day", "1", "pay-date-month", "5", "pay-date-year", "2026", "age", "25",
                    "pay-frequency", "7", "hours", "40", "pay", "500"));
            choose(page, "apprentice", "No");
            choose(page, "accommodation", "No");
            submitForm(page);
            states.check("minimum-wage-result-below");
            page.get(base() + "/calculators/minimum-wage");
            type(page, Map.of("pay-date-day", "1", "pay-date-month", "5", "pay-date-year", "2026", "age", "25",
                    "pay-frequency", "7", "hours", "30", "pay", "600"));
            choose(page, "apprentice", "No");
            choose(page, "accommodation", "No");
            submitForm(page);
            states.check("minimum-wage-result-at-or-above");

            record(states);
        }
    }

    private static void record(PageStates states) {
        STATES.addAndGet(states.checked());
        RESULTS.addAll(states.results());
        states.assertNoViolations();
    }

    /** Posts the message form the way it goes without JavaScript's help (an empty message is left to the server). */
    private static void submit(WebDriver page, String text) {
        WebElement box = page.findElement(By.id("text"));
        box.clear();
        box.sendKeys(text);
        Browser.clickAndWait(page, page.findElement(By.cssSelector("#message-form button[type=submit]")));
    }

    /** Sends a message with JavaScript on and waits until the streamed reply has been replaced by the server's. */
    private static void streamed(WebDriver page, String text) {
        int before = page.findElements(By.cssSelector(".signpost-message--assistant")).size();
        WebElement box = page.findElement(By.id("text"));
        box.clear();
        box.sendKeys(text);
        page.findElement(By.cssSelector("#message-form button[type=submit]")).click();
        new WebDriverWait(page, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector(".signpost-message--assistant")).size() > before
                        && d.findElements(By.cssSelector("[aria-busy=true]")).isEmpty()
                        && d.findElement(By.cssSelector("#message-form button[type=submit]")).isEnabled());
    }

    private static void answer(WebDriver page, String... labels) {
        for (String label : labels) {
            page.findElements(By.cssSelector("label.govuk-radios__label, label.govuk-checkboxes__label")).stream()
                    .filter(element -> element.getText().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No option '" + label + "' on " + page.getCurrentUrl()))
                    .click();
        }
        continueOn(page);
    }

    private static void continueOn(WebDriver page) {
        Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
    }

    private static void submitForm(WebDriver page) {
        Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
    }

    private static void type(WebDriver page, Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement input = page.findElement(By.id(id));
            input.clear();
            input.sendKeys(value);
        });
    }

    private static void choose(WebDriver page, String group, String label) {
        page.findElements(By.cssSelector("label.govuk-radios__label")).stream()
                .filter(element -> element.getText().equals(label))
                .filter(element -> group.equals(
                        page.findElement(By.id(element.getAttribute("for"))).getAttribute("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option '" + label + "' in " + group))
                .click();
    }

    /** Signs staff in over HTTP through the local provider, then hands the session cookies to the browser. */
    private static void staffInBrowser(WebDriver page, int port, StaffRole role) {
        StaffSignIn.Client client = StaffSignIn.overHttp(port, role);
        page.get(StaffSignIn.base(port) + "/accessibility");
        page.manage().deleteAllCookies();
        for (java.net.HttpCookie cookie : client.cookies()) {
            page.manage().addCookie(new org.openqa.selenium.Cookie.Builder(cookie.getName(), cookie.getValue())
                    .path("/").isHttpOnly(cookie.isHttpOnly()).build());
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
