package uk.gov.signpost.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * A person in real browsers with JavaScript off: starts on a "phone", carries on on a "laptop" (a fresh browser
 * with its own cookie jar) with a resume code, is not asked again for what Signpost remembers, and manages that
 * memory on its page.
 */
@SignpostIntegrationTest(properties = {"signpost.rate-limit.messages-per-minute=100",
        "signpost.memory.resume-attempts-per-hour=100"})
class MemoryBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void a_conversation_resumed_in_a_fresh_browser_carries_on_and_uses_what_is_remembered() {
        String code;
        String conversation;
        try (Browser phone = Browser.withoutJavaScript()) {
            WebDriver page = phone.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            send(page, "I'm looking for admin jobs");
            send(page, "Leeds");
            assertThat(latest(page)).contains("I'll remember that you want to work in or near Leeds");
            conversation = page.getCurrentUrl().replaceAll(".*/conversations/([^#?]+).*", "$1");

            Browser.clickAndWait(page, page.findElement(By.id("continue-elsewhere")));
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            code = page.findElement(By.id("resume-code")).getText();
            assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
            phone.screenshot("resume-code");
        }

        try (Browser laptop = Browser.withoutJavaScript()) {
            WebDriver page = laptop.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.linkText("Continue a conversation from another device")));
            page.findElement(By.id("code")).sendKeys(code.replace("-", " ").toLowerCase());
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));

            assertThat(page.getCurrentUrl()).contains("/conversations/" + conversation);
            assertThat(texts(page, ".signpost-message--person .signpost-message__text"))
                    .containsExactly("I'm looking for admin jobs", "Leeds");

            send(page, "I'm looking for care jobs");
            assertThat(latest(page)).doesNotContain("Where do you want to work?");

            page.get(base() + "/memory");
            assertThat(page.findElement(By.id("fact-work_location")).getText())
                    .contains("Where you want to work").contains("Leeds").contains("From your conversation on");
            laptop.screenshot("memory-page");

            Browser.clickAndWait(page, page.findElement(By.cssSelector("#fact-work_location a[href$='/delete']")));
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                    .contains("Signpost has forgotten it.");
            assertThat(page.findElements(By.id("fact-work_location"))).isEmpty();
            assertThat(page.findElement(By.id("history")).getText())
                    .contains("Forgotten: Where you want to work").contains("Moved to this device");
        }
    }

    @Test
    void a_wrong_code_shows_the_error_summary() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/resume");
            page.findElement(By.id("code")).sendKeys("ZZZZZ-ZZZZZ");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));

            assertThat(page.getTitle()).startsWith("Error");
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("That code did not work");
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href")).endsWith("#code");
        }
    }

    @Test
    void memory_can_be_turned_off_and_a_fact_corrected_on_the_page_without_javascript() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            send(page, "I'm looking for admin jobs");
            send(page, "Leeds");

            page.get(base() + "/memory");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("#fact-work_location a[href$='/change']")));
            WebElement value = page.findElement(By.id("value"));
            value.clear();
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the new value");
            page.findElement(By.id("value")).sendKeys("York");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            assertThat(page.findElement(By.id("fact-work_location")).getText()).contains("York");

            page.findElement(By.id("setting-off-keep")).click();
            Browser.clickAndWait(page, page.findElement(By.cssSelector("form[action='/memory/settings'] button")));
            assertThat(page.findElement(By.id("memory-status")).getText()).startsWith("Memory is off.");
            assertThat(page.findElement(By.id("fact-work_location")).getText()).contains("York");

            Browser.clickAndWait(page, page.findElement(By.cssSelector("form[action='/conversations/private'] button")));
            assertThat(page.findElement(By.id("private-conversation")).getText()).contains("This is a private conversation");
        }
    }

    private static void send(WebDriver page, String text) {
        WebElement box = page.findElement(By.id("text"));
        box.clear();
        box.sendKeys(text);
        Browser.clickAndWait(page, page.findElement(By.cssSelector("#message-form button[type=submit]")));
    }

    private static String latest(WebDriver page) {
        return page.findElement(By.cssSelector("#latest .signpost-message__text")).getText();
    }

    private static List<String> texts(WebDriver page, String css) {
        return page.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
