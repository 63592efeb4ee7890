package uk.gov.signpost.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * A person can use Signpost with a keyboard alone, and at 320 CSS pixels wide, which is what WCAG 2.2's reflow
 * criterion (1.4.10) asks for: a 1280 pixel wide window at 400% zoom.
 *
 * <p>How zoom is imitated: browser zoom scales CSS pixels, so a 1280 by 1024 window at 400% lays pages out in a
 * viewport of 320 by 256 CSS pixels with four device pixels to each CSS pixel. Chrome DevTools' device metrics
 * override sets exactly that ({@code width 320, height 256, deviceScaleFactor 4}), which headless Chromium's
 * window size cannot (it will not shrink a window below about 500 pixels). The phone case is a 320 pixel wide
 * mobile viewport at a scale of 1, so the page's viewport meta tag applies.
 */
@SignpostIntegrationTest(properties = "signpost.rate-limit.messages-per-minute=100")
class KeyboardAndReflowIT {

    @LocalServerPort
    int port;

    @Test
    void the_skip_link_is_the_first_thing_to_focus_and_moves_focus_to_the_main_content() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            for (String path : List.of("/", "/training", "/check-benefits-financial-support",
                    "/calculators/redundancy-pay")) {
                page.get(base() + path);
                new Actions(page).sendKeys(Keys.TAB).perform();
                WebElement first = page.switchTo().activeElement();
                assertThat(first.getAttribute("class")).as("first focus on " + path).contains("govuk-skip-link");
                assertThat(first.getAttribute("href")).endsWith("#main-content");
                assertThat(first.isDisplayed()).as("the skip link shows when focused").isTrue();
                browser.screenshot("keyboard-skip-link" + path.replace('/', '-'));

                new Actions(page).sendKeys(Keys.ENTER).perform();
                new WebDriverWait(page, Duration.ofSeconds(5))
                        .until(d -> "main-content".equals(d.switchTo().activeElement().getAttribute("id")));
            }
        }
    }

    @Test
    void with_javascript_off_a_person_can_start_and_hold_a_conversation_with_the_keyboard_alone() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            tabTo(page, e -> "submit".equals(e.getAttribute("type")) && e.getText().contains("Start now"));
            pressAndWait(page, Keys.ENTER);

            tabTo(page, e -> "text".equals(e.getAttribute("id")));
            new Actions(page).sendKeys("I need a job near Leeds").perform();
            tabTo(page, e -> "Send".equals(e.getText()));
            pressAndWait(page, Keys.ENTER);

            assertThat(page.findElements(By.cssSelector(".signpost-message--assistant"))).hasSize(1);
            browser.screenshot("keyboard-conversation-no-js");
        }
    }

    @Test
    void with_javascript_on_focus_returns_to_the_message_box_after_a_reply_streams_in() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            tabTo(page, e -> e.getText().contains("Start now"));
            pressAndWait(page, Keys.ENTER);

            tabTo(page, e -> "text".equals(e.getAttribute("id")));
            new Actions(page).sendKeys("I have just been made redundant").perform();
            tabTo(page, e -> "Send".equals(e.getText()));
            new Actions(page).sendKeys(Keys.ENTER).perform();

            new WebDriverWait(page, Duration.ofSeconds(30)).until(d ->
                    !d.findElements(By.cssSelector(".signpost-message--assistant .govuk-summary-card")).isEmpty());
            browser.screenshot("keyboard-conversation-streamed");
            new WebDriverWait(page, Duration.ofSeconds(10)).until(d ->
                    "text".equals(d.switchTo().activeElement().getAttribute("id")));
            assertThat(page.findElement(By.id("text")).getAttribute("value")).isEmpty();
        }
    }

    @Test
    void no_page_scrolls_sideways_at_320_pixels_wide_on_a_phone() {
        assertNothingScrollsSideways(Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true),
                "reflow-320");
    }

    @Test
    void no_page_scrolls_sideways_at_400_percent_zoom_of_a_1280_pixel_window() {
        assertNothingScrollsSideways(Map.of("width", 320, "height", 256, "deviceScaleFactor", 4, "mobile", false),
                "reflow-400pc");
    }

    private void assertNothingScrollsSideways(Map<String, Object> metrics, String prefix) {
        try (Browser browser = Browser.withJavaScript()) {
            ChromeDriver page = browser.driver();
            page.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
            Map<String, String> overflowing = new LinkedHashMap<>();
            List<String> checked = new ArrayList<>();
            Runnable check = () -> {
                String state = page.getCurrentUrl().replaceAll("^https?://[^/]+", "");
                checked.add(state);
                Map<?, ?> widths = (Map<?, ?>) ((JavascriptExecutor) page).executeScript(
                        "return {scroll: document.documentElement.scrollWidth,"
                                + " client: document.documentElement.clientWidth}");
                long scroll = ((Number) widths.get("scroll")).longValue();
                long client = ((Number) widths.get("client")).longValue();
                if (scroll > client) {
                    overflowing.put(state, scroll + " > " + client);
                }
            };

            page.get(base() + "/");
            check.run();
            browser.screenshot(prefix + "-start");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            WebElement box = page.findElement(By.id("text"));
            box.sendKeys("I've just been made redundant and my email is someone.with.a.long.address@example.org");
            page.findElement(By.cssSelector("#message-form button[type=submit]")).click();
            new WebDriverWait(page, Duration.ofSeconds(30)).until(d ->
                    !d.findElements(By.cssSelector(".signpost-message--assistant .govuk-summary-card")).isEmpty());
            page.navigate().refresh();
            check.run();
            browser.screenshot(prefix + "-conversation");
            String conversation = page.getCurrentUrl();
            page.get(conversation + "/delete");
            check.run();
            page.get(conversation + "0");
            check.run();

            for (String path : List.of("/training", "/training?q=accounting",
                    "/training?q=" + "a".repeat(101) + "&level=9&route=Astronautics",
                    "/check-benefits-financial-support",
                    "/check-benefits-financial-support/questions/where_do_you_live",
                    "/check-benefits-financial-support/results?where_do_you_live=england&over_state_pension_age=no"
                            + "&are_you_working=no&disability_or_health_condition=no"
                            + "&carer_disability_or_health_condition=no&children_living_with_you=yes"
                            + "&age_of_children=1_or_under&children_with_disability=no&on_benefits=yes"
                            + "&current_benefits=universal_credit&assets_and_savings=under_16000",
                    "/accessibility", "/accessibility?lang=cy", "/accessibility?lang=en",
                    "/calculators/redundancy-pay", "/calculators/minimum-wage")) {
                page.get(base() + path);
                check.run();
            }
            browser.screenshot(prefix + "-minimum-wage");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            check.run();
            browser.screenshot(prefix + "-minimum-wage-errors");

            page.get(base() + "/calculators/redundancy-pay");
            Map.of("dismissal-date-day", "1", "dismissal-date-month", "5", "dismissal-date-year", "2026",
                    "age", "42", "years-service", "10", "weekly-pay", "600")
                    .forEach((id, value) -> page.findElement(By.id(id)).sendKeys(value));
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            check.run();
            browser.screenshot(prefix + "-redundancy-pay-result");

            assertThat(checked).hasSizeGreaterThanOrEqualTo(14);
            assertThat(overflowing).as("pages wider than the viewport (scrollWidth > clientWidth)").isEmpty();
        }
    }

    /** Presses Tab until the focused element matches, failing after 60 presses. */
    private static void tabTo(WebDriver page, Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            new Actions(page).sendKeys(Keys.TAB).perform();
            if (wanted.test(page.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Could not reach the element by pressing Tab on " + page.getCurrentUrl());
    }

    private static void pressAndWait(WebDriver page, Keys key) {
        WebElement html = page.findElement(By.tagName("html"));
        new Actions(page).sendKeys(key).perform();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
