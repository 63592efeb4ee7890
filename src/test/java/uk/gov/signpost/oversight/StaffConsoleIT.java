package uk.gov.signpost.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;
import uk.gov.signpost.support.StaffSignIn;

/**
 * The staff console's oversight pages over the whole application: the dashboard drawn from events that real
 * conversations recorded (with a screenshot), the trace viewer, the pilot controls with their audited reasons, the
 * evaluation reports, and who may open each page. Staff sign in through the local identity provider, as people do.
 */
@SignpostIntegrationTest
class StaffConsoleIT {

    static final Path REPORTS = reports();

    @DynamicPropertySource
    static void reports(DynamicPropertyRegistry registry) {
        registry.add("signpost.oversight.evaluation-reports", REPORTS::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_dashboard_draws_its_charts_from_what_real_conversations_recorded() {
        ApiClient api = new ApiClient(port);
        for (String opening : List.of("I want to find a job in Leeds", "I have just been made redundant",
                "check what support I can get")) {
            api.say(api.start(), opening);
        }
        Started crisis = api.start();
        api.say(crisis, "I want to end my life");
        Started handoff = api.start();
        api.say(handoff, "can I talk to a real person please");
        api.say(handoff, "yes");
        int conversationsToday = jdbc.sql("select count(*) from conversation where (created_at at time zone"
                + " 'Europe/London')::date = ?").param(LocalDate.now(ZoneId.of("Europe/London")))
                .query(Integer.class).single();
        assertThat(conversationsToday).isGreaterThanOrEqualTo(5);
        int handoffsToday = jdbc.sql("select count(*) from handoff_request where (created_at at time zone"
                + " 'Europe/London')::date = ?").param(LocalDate.now(ZoneId.of("Europe/London")))
                .query(Integer.class).single();
        assertThat(handoffsToday).isEqualTo(2);

        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            staffInBrowser(page, port, StaffRole.SUPERVISOR);
            page.get(StaffSignIn.base(port) + "/staff/dashboard?days=7");

            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Oversight dashboard");
            assertThat(page.findElements(By.cssSelector("svg.signpost-chart"))).hasSize(8);
            assertThat(page.findElements(By.cssSelector("main [style]"))).as("no inline styles for the CSP").isEmpty();
            assertThat(drawnBars(page, "conversations")).isGreaterThanOrEqualTo(1);
            assertThat(lastRow(page, "conversations")).containsExactly(Integer.toString(conversationsToday));
            assertThat(row(page, "safety", "Crisis signs (reply stopped)")).isNotEqualTo("0");
            // The crisis message opens an urgent handoff and the person who asked opens another.
            assertThat(lastRow(page, "handoffs")).containsExactly(Integer.toString(handoffsToday));
            assertThat(row(page, "outcomes", "Asked for a person")).isEqualTo("1");
            assertThat(page.findElements(By.cssSelector("#section-latency polyline"))).hasSize(3);
            assertThat(page.findElements(By.cssSelector("#section-conversations rect.signpost-chart__bar")))
                    .hasSize(7);
            page.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 5600));
            browser.screenshot("staff-dashboard");
        }
        assertThat(Path.of("target", "screenshots", "staff-dashboard.png")).isRegularFile();
    }

    @Test
    void the_trace_viewer_lists_turns_by_ids_and_measurements_and_audits_opening_one() {
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        api.say(conversation, "I want to find a job in Leeds");
        StaffSignIn.Client auditor = StaffSignIn.overHttp(port, StaffRole.AUDITOR);

        Response list = auditor.get("/staff/traces?conversation=" + conversation.id());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("find a job in Leeds");
        String trace = jdbc.sql("select id::text from turn_trace where conversation_id = ?::uuid")
                .param(conversation.id()).query(String.class).single();
        assertThat(list.body()).contains("/staff/traces/" + trace);

        Response one = auditor.get("/staff/traces/" + trace);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).contains("kind=model").doesNotContain("Leeds");
        assertThat(jdbc.sql("select count(*) from audit_entry where type = 'staff_viewed_trace'"
                + " and actor = 'staff:auditor'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_kill_switch_changes_only_with_a_reason_and_the_change_is_audited_as_the_member_of_staff() {
        ApiClient api = new ApiClient(port);
        StaffSignIn.Client owner = StaffSignIn.overHttp(port, StaffRole.SERVICE_OWNER);
        assertThat(owner.get("/staff/pilot").body()).contains("Turn the whole service off");

        Response noReason = owner.postForm("/staff/pilot/kill-switches/service", "off=true&reason=");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("Choose a reason for the change");

        Response off = owner.postForm("/staff/pilot/kill-switches/service", "off=true&reason=safety_incident");
        assertThat(off.status()).isEqualTo(302);
        assertThat(api.get("/", "Accept", "text/html").status()).isEqualTo(503);
        assertThat(owner.get("/staff/pilot").body()).as("the console stays open while the service is off")
                .contains("Turn the whole service back on");
        assertThat(owner.postForm("/staff/pilot/kill-switches/service", "off=false&reason=resolved").status())
                .isEqualTo(302);
        assertThat(api.get("/", "Accept", "text/html").status()).isEqualTo(200);
        assertThat(jdbc.sql("select actor || ':' || (details::jsonb->>'reason') from audit_entry"
                + " where type = 'kill_switch_changed' order by seq").query(String.class).list())
                .containsSubsequence("staff:service-owner:safety_incident", "staff:service-owner:resolved");
    }

    @Test
    void evaluation_reports_are_listed_and_served_without_scripts_and_only_from_the_listing() {
        StaffSignIn.Client api = StaffSignIn.overHttp(port, StaffRole.SERVICE_OWNER);

        Response list = api.get("/staff/evaluation");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("run-1").contains("offline").contains("/staff/evaluation/run-1/report.html");

        Response report = api.get("/staff/evaluation/run-1/report.html");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("Evaluation report");
        assertThat(report.header("Content-Security-Policy")).contains("default-src 'none'").contains("sandbox");
        assertThat(api.get("/staff/evaluation/nothing/report.html").status()).isEqualTo(404);
        assertThat(api.get("/staff/evaluation/..%2F..%2Fetc/report.html").status()).isIn(400, 404);
        assertThat(api.get("/staff/evaluation/.hidden/report.html").status()).isEqualTo(404);
    }

    @Test
    void a_caseworker_publishes_and_withdraws_a_time_on_the_availability_page() {
        StaffSignIn.Client api = StaffSignIn.overHttp(port, StaffRole.CASEWORKER);
        int year = LocalDate.now().getYear() + 1;

        Response missing = api.postForm("/staff/availability", "kind=&day=&month=&year=&time=&minutes=30");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("Choose the kind of time").contains("Enter a real date");
        Response added = api.postForm("/staff/availability",
                "kind=phone&day=3&month=2&year=" + year + "&time=10:30&minutes=30&place=");
        assertThat(added.status()).isEqualTo(302);
        Response page = api.get("/staff/availability?done=added");
        assertThat(page.body()).contains("Time added").contains("3 February " + year + " at 10:30am");
        String slot = jdbc.sql("select id::text from appointment_slot where staff_subject = 'caseworker'")
                .query(String.class).single();

        assertThat(api.postForm("/staff/availability/" + slot + "/withdraw", "").status()).isEqualTo(302);
        assertThat(api.get("/staff/availability").body()).contains("You have no upcoming times.");
    }

    @Test
    void each_page_opens_only_to_its_roles() {
        ApiClient anonymous = new ApiClient(port);
        for (String path : List.of("/staff/dashboard", "/staff/traces", "/staff/pilot", "/staff/evaluation",
                "/staff/availability")) {
            assertThat(anonymous.get(path).status()).as("nobody signed in: " + path).isIn(302, 401, 403);
        }
        StaffSignIn.Client caseworker = StaffSignIn.overHttp(port, StaffRole.CASEWORKER);
        assertThat(caseworker.get("/staff/availability").status()).isEqualTo(200);
        assertThat(caseworker.get("/staff/dashboard").status()).isEqualTo(403);
        assertThat(caseworker.get("/staff/pilot").status()).isEqualTo(403);
        StaffSignIn.Client auditor = StaffSignIn.overHttp(port, StaffRole.AUDITOR);
        assertThat(auditor.get("/staff/dashboard").status()).isEqualTo(200);
        assertThat(auditor.get("/staff/evaluation").status()).isEqualTo(200);
        assertThat(auditor.get("/staff/availability").status()).isEqualTo(403);
        assertThat(auditor.get("/staff/pilot").status()).isEqualTo(403);
        StaffSignIn.Client administrator = StaffSignIn.overHttp(port, StaffRole.ADMINISTRATOR);
        assertThat(administrator.get("/staff/pilot").status()).isEqualTo(200);
        assertThat(administrator.get("/staff/dashboard").status()).isEqualTo(403);
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

    private static int drawnBars(WebDriver page, String chart) {
        return (int) page.findElements(By.cssSelector("#section-" + chart + " rect.signpost-chart__bar")).stream()
                .filter(r -> Double.parseDouble(r.getAttribute("height")) > 0).count();
    }

    private static List<String> lastRow(WebDriver page, String chart) {
        List<WebElement> rows = page.findElements(By.cssSelector("#section-" + chart + " tbody tr"));
        return rows.get(rows.size() - 1).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private static String row(WebDriver page, String chart, String label) {
        return page.findElements(By.cssSelector("#section-" + chart + " tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(label))
                .findFirst().orElseThrow().findElement(By.tagName("td")).getText();
    }

    private static Path reports() {
        try {
            Path root = Files.createTempDirectory("signpost-eval");
            Path run = Files.createDirectories(root.resolve("run-1"));
            Files.writeString(run.resolve("report.html"), "<!DOCTYPE html><html><head><title>Evaluation report</title>"
                    + "</head><body><h1>Evaluation report</h1><script>alert(1)</script></body></html>");
            Files.writeString(run.resolve("result.json"), "{\"model\":\"offline\",\"provider\":\"offline\","
                    + "\"scenarios\":[{},{}]}");
            Path hidden = Files.createDirectories(root.resolve(".hidden"));
            Files.writeString(hidden.resolve("report.html"), "secret");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
