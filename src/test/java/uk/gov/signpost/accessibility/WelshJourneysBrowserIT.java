package uk.gov.signpost.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * A person completes the two main journeys entirely in Welsh, in offline mode, with JavaScript off (every answer
 * a form post) and on (every reply streamed). Each step's page is saved under {@code target/screenshots/welsh-*}
 * as evidence; CI keeps that folder (see {@code .ci/run}).
 */
@SignpostIntegrationTest(properties = "signpost.rate-limit.messages-per-minute=100")
class WelshJourneysBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void with_javascript_off_a_person_finds_a_job_near_them_in_welsh() {
        try (Browser browser = Browser.withoutJavaScript()) {
            findAJob(browser, false);
        }
    }

    @Test
    void with_javascript_on_a_person_finds_a_job_near_them_in_welsh() {
        try (Browser browser = Browser.withJavaScript()) {
            findAJob(browser, true);
        }
    }

    @Test
    void with_javascript_off_a_person_checks_what_support_they_can_get_in_welsh() {
        try (Browser browser = Browser.withoutJavaScript()) {
            checkSupport(browser, false);
        }
    }

    @Test
    void with_javascript_on_a_person_checks_what_support_they_can_get_in_welsh() {
        try (Browser browser = Browser.withJavaScript()) {
            checkSupport(browser, true);
        }
    }

    private void findAJob(Browser browser, boolean javascript) {
        String name = "welsh-find-job-" + (javascript ? "js" : "no-js");
        WebDriver page = start(browser);

        String first = send(page, "Dw i'n chwilio am swydd", javascript);
        assertThat(first).contains("Pa fath o swydd");
        // A Welsh job title is searched through the Welsh job terms, in the adverts' own language, English.
        String second = send(page, "swyddog gweinyddol", javascript);
        assertThat(second).contains("Ble rydych chi eisiau gweithio");
        browser.screenshot(name + "-1-question");
        String result = send(page, "CF10", javascript);

        assertThat(result).contains("Des i o hyd i").contains("ger").doesNotContain("I found");
        List<String> why = texts(page, "#latest .govuk-summary-list__value");
        assertThat(why).isNotEmpty();
        assertThat(texts(page, "#latest .govuk-summary-list__key")).contains("Pam mae yma");
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
        browser.screenshot(name + "-2-results");
    }

    private void checkSupport(Browser browser, boolean javascript) {
        String name = "welsh-check-support-" + (javascript ? "js" : "no-js");
        WebDriver page = start(browser);

        assertThat(send(page, "Pa gymorth alla i ei gael?", javascript)).contains("Ble rydych chi'n byw?")
                .contains("Cymru");
        assertThat(send(page, "Cymru", javascript)).contains("Pensiwn y Wladwriaeth");
        browser.screenshot(name + "-1-question");
        assertThat(send(page, "Nac ydw", javascript)).contains("mewn gwaith am dâl");
        assertThat(send(page, "Nac ydw", javascript)).contains("anabledd neu gyflwr iechyd");
        assertThat(send(page, "Nac oes", javascript)).contains("gofalu am rywun");
        assertThat(send(page, "Nac ydw", javascript)).contains("blant yn byw gyda chi");
        assertThat(send(page, "Nac oes", javascript)).contains("Credyd Cynhwysol");
        assertThat(send(page, "Nac ydw", javascript)).contains("arian, cynilion a buddsoddiadau");
        String result = send(page, "Llai na £16,000", javascript);

        assertThat(result).contains("Yn ôl eich atebion").doesNotContain("From your answers");
        assertThat(texts(page, "#latest .govuk-summary-card__title")).contains("Credyd Cynhwysol");
        browser.screenshot(name + "-2-results");
    }

    private WebDriver start(Browser browser) {
        WebDriver page = browser.driver();
        page.get(base() + "/?lang=cy");
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
        Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
        return page;
    }

    /** Sends a message and returns the text of the assistant's reply to it. */
    private static String send(WebDriver page, String text, boolean javascript) {
        int before = page.findElements(By.cssSelector(".signpost-message--assistant")).size();
        WebElement box = page.findElement(By.id("text"));
        box.clear();
        box.sendKeys(text);
        WebElement button = page.findElement(By.cssSelector("#message-form button[type=submit]"));
        if (javascript) {
            button.click();
            // The reply has streamed in and the messages have been refreshed (with their cards) once the button is
            // enabled again.
            new WebDriverWait(page, Duration.ofSeconds(30)).until(d -> d.findElements(
                    By.cssSelector(".signpost-message--assistant")).size() > before
                    && d.findElements(By.cssSelector("[aria-busy=true]")).isEmpty()
                    && d.findElement(By.cssSelector("#message-form button[type=submit]")).isEnabled());
        } else {
            Browser.clickAndWait(page, button);
        }
        List<WebElement> replies = page.findElements(By.cssSelector(".signpost-message--assistant"));
        assertThat(replies).hasSize(before + 1);
        return replies.get(replies.size() - 1).findElement(By.cssSelector(".signpost-message__text")).getText();
    }

    private static List<String> texts(WebDriver page, String css) {
        return page.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
