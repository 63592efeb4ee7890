package uk.gov.signpost.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** A person holds a conversation in a real browser, with JavaScript off and on. */
@SignpostIntegrationTest(properties = "signpost.rate-limit.messages-per-minute=100")
class ConversationPagesBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void with_javascript_off_a_person_can_hold_a_whole_conversation() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            assertThat(page.findElement(By.tagName("h1")).getText()).contains("Get help with work");
            assertThat(page.findElements(By.tagName("h1"))).hasSize(1);
            assertThat(page.findElement(By.cssSelector("a.govuk-skip-link")).getAttribute("href")).endsWith("#main-content");

            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            send(page, "I've just been made redundant and I don't know what to do");

            assertThat(page.getCurrentUrl()).contains("/conversations/");
            assertThat(texts(page, ".signpost-message--person .signpost-message__text"))
                    .containsExactly("I've just been made redundant and I don't know what to do");
            assertThat(texts(page, ".govuk-summary-card__title")).contains("Jobcentre Plus");
            browser.screenshot("conversation-no-js");

            send(page, "I want to talk to a real person");
            assertThat(page.findElements(By.cssSelector(".signpost-message--assistant"))).hasSize(2);
            WebElement latest = page.findElement(By.id("latest"));
            assertThat(latest.findElement(By.cssSelector(".govuk-summary-card__title")).getText())
                    .isEqualTo("Talk to an adviser");
        }
    }

    @Test
    void with_javascript_off_an_empty_message_shows_the_error_summary_and_keeps_the_conversation() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            send(page, "I need a job");
            send(page, "   ");

            assertThat(page.getTitle()).startsWith("Error");
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a message");
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href")).endsWith("#text");
            assertThat(page.findElements(By.cssSelector(".signpost-message"))).hasSize(2);
        }
    }

    @Test
    void with_javascript_on_the_reply_streams_in_and_is_announced_once() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            String before = page.getCurrentUrl();

            page.findElement(By.id("text")).sendKeys("I've just been made redundant");
            page.findElement(By.cssSelector("#message-form button[type=submit]")).click();

            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
            wait.until(d -> !d.findElements(By.cssSelector(".signpost-message--assistant .govuk-summary-card")).isEmpty());
            assertThat(page.getCurrentUrl()).isEqualTo(before);
            assertThat(page.findElement(By.id("announcer")).getAttribute("textContent")).contains("Losing your job");
            assertThat(page.findElement(By.id("text")).getAttribute("value")).isEmpty();
            assertThat(texts(page, ".govuk-summary-card__title")).contains("Jobcentre Plus");
            browser.screenshot("conversation-streamed");

            Long navigations = (Long) ((org.openqa.selenium.JavascriptExecutor) page)
                    .executeScript("return performance.getEntriesByType('navigation').length");
            assertThat(navigations).isEqualTo(1L);
        }
    }

    @Test
    void a_person_can_delete_a_conversation_after_confirming() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            send(page, "hello");
            String conversation = page.getCurrentUrl().replaceAll("#.*", "");

            Browser.clickAndWait(page, page.findElement(By.linkText("Delete this conversation")));
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--warning")));

            assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                    .contains("Your conversation has been deleted");
            page.get(conversation);
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        }
    }

    private static void send(WebDriver page, String text) {
        WebElement box = page.findElement(By.id("text"));
        box.clear();
        box.sendKeys(text);
        Browser.clickAndWait(page, page.findElement(By.cssSelector("#message-form button[type=submit]")));
    }


    private static List<String> texts(WebDriver page, String css) {
        return page.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
