package uk.gov.signpost.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;
import uk.gov.signpost.support.StaffSignIn;

/**
 * A person asks for an adviser in a real browser; a caseworker takes the case on the staff pages and replies. With
 * JavaScript on, the reply appears on the person's open page by itself; with it off, "Check for a reply" shows it.
 */
@SignpostIntegrationTest(properties = {
        "signpost.handoff.open-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
        "signpost.handoff.opens-at=00:00", "signpost.handoff.closes-at=23:59:59",
        "signpost.rate-limit.messages-per-minute=100"})
class HandoffBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void with_javascript_on_the_advisers_reply_appears_on_the_persons_open_page_by_itself() {
        try (Browser citizen = Browser.withJavaScript(); Browser caseworker = Browser.withoutJavaScript()) {
            WebDriver person = citizen.driver();
            String conversation = askForAnAdviser(person, true);
            ((JavascriptExecutor) person).executeScript("window.signpostTestMarker = 'same page'");

            Object listening = ((JavascriptExecutor) person).executeScript(
                    "const e = document.querySelector('[data-live-events]'); return e ? e.dataset.liveEvents : 'none'");
            assertThat(String.valueOf(listening)).endsWith("/adviser/events");
            replyAsSam(caseworker, conversation, "Hello, I am Sam. How can I help?");

            // Taking the case and replying are two more events after the one on connect: the page must keep
            // listening after its first refresh.
            waitForSam(person);
            assertThat(((JavascriptExecutor) person).executeScript("return window.signpostTestMarker"))
                    .isEqualTo("same page");
            assertThat(person.findElement(By.id("handoff-adviser")).getText()).contains("Sam");
            citizen.screenshot("handoff-reply-live");

            // The person's next message goes to Sam; Signpost does not answer it.
            WebElement box = person.findElement(By.id("text"));
            box.sendKeys("Thank you");
            person.findElement(By.cssSelector("#message-form button[type=submit]")).click();
            // The live refresh swaps the messages in while this looks at them; a stale element means look again.
            new WebDriverWait(person, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#messages .signpost-message--person")).stream()
                    .anyMatch(m -> m.getText().contains("Thank you")));
            assertThat(person.findElements(By.id("awaiting-reply"))).isEmpty();
        }
    }

    @Test
    void with_javascript_off_check_for_a_reply_shows_the_advisers_reply() {
        try (Browser citizen = Browser.withoutJavaScript(); Browser caseworker = Browser.withoutJavaScript()) {
            WebDriver person = citizen.driver();
            String conversation = askForAnAdviser(person, false);
            assertThat(person.findElement(By.id("handoff-position")).getText()).contains("in the queue");

            replyAsSam(caseworker, conversation, "Hello from Sam, without scripts.");

            Browser.clickAndWait(person, person.findElement(By.id("check-reply")));
            assertThat(person.findElement(By.id("messages")).getText()).contains("Sam, adviser")
                    .contains("Hello from Sam, without scripts.");
            citizen.screenshot("handoff-reply-no-js");
        }
    }

    @Test
    void with_javascript_on_the_caseworkers_queue_shows_each_new_handoff_by_itself() {
        try (Browser caseworker = Browser.withJavaScript()) {
            WebDriver staff = caseworker.driver();
            StaffSignIn.inBrowser(staff, port, HandoffIT.SAM);
            staff.get(StaffSignIn.base(port) + "/staff/handoffs");
            ((JavascriptExecutor) staff).executeScript("window.signpostTestMarker = 'same page'");
            ApiClient api = new ApiClient(port);

            // Two handoffs, one after the other: the queue must keep listening after its first refresh.
            for (int i = 0; i < 2; i++) {
                ApiClient.Started person = api.start();
                api.say(person, "I want to talk to a real person");
                api.say(person, "yes");
                String handoff = jdbc.sql("select id::text from handoff_request where conversation_id = ?::uuid")
                        .param(person.id()).query(String.class).single();
                new WebDriverWait(staff, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                        .until(d -> !d.findElements(
                        By.cssSelector("tr[data-handoff='" + handoff + "']")).isEmpty());
            }
            assertThat(((JavascriptExecutor) staff).executeScript("return window.signpostTestMarker"))
                    .isEqualTo("same page");
        }
    }

    private static void waitForSam(WebDriver person) {
        new WebDriverWait(person, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#messages .signpost-message")).stream()
                .anyMatch(m -> m.getText().contains("Sam, adviser")
                        && m.getText().contains("Hello, I am Sam. How can I help?")));
    }

    /** The person starts a conversation, asks for a person and says yes; returns the conversation's id. */
    private String askForAnAdviser(WebDriver page, boolean javascript) {
        page.get(base() + "/");
        Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
        send(page, "I want to talk to a real person", javascript, 1);
        send(page, "yes", javascript, 2);
        new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("#handoff-status .govuk-notification-banner")).isEmpty());
        String url = page.getCurrentUrl();
        return url.substring(url.indexOf("/conversations/") + 15).replaceAll("[#?].*$", "");
    }

    private void send(WebDriver page, String text, boolean javascript, int replies) {
        WebElement box = page.findElement(By.id("text"));
        box.clear();
        box.sendKeys(text);
        WebElement button = page.findElement(By.cssSelector("#message-form button[type=submit]"));
        if (javascript) {
            button.click();
            new WebDriverWait(page, Duration.ofSeconds(30)).until(d -> d.findElements(
                    By.cssSelector("#messages .signpost-message--assistant")).size() >= replies
                    && button.isEnabled());
        } else {
            Browser.clickAndWait(page, button);
        }
    }

    /** Sam, a caseworker, opens the case from the queue, takes it and replies, on the staff pages. */
    private void replyAsSam(Browser browser, String conversation, String text) {
        WebDriver staff = browser.driver();
        StaffSignIn.inBrowser(staff, port, HandoffIT.SAM);
        staff.get(StaffSignIn.base(port) + "/staff/handoffs");
        String handoff = jdbc.sql("select id::text from handoff_request where conversation_id = ?::uuid")
                .param(conversation).query(String.class).single();
        WebElement row = staff.findElement(By.cssSelector("tr[data-handoff='" + handoff + "']"));
        Browser.clickAndWait(staff, row.findElement(By.cssSelector("a.govuk-link")));
        browser.screenshot("handoff-case-waiting");
        Browser.clickAndWait(staff, staff.findElement(By.id("take")));
        staff.findElement(By.id("text")).sendKeys(text);
        Browser.clickAndWait(staff, staff.findElement(By.id("send-reply")));
        assertThat(staff.findElement(By.cssSelector("#case-messages")).getText()).contains(text);
        browser.screenshot("handoff-case-replied");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
