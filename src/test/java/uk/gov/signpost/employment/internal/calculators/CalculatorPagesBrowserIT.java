package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * A person uses the redundancy pay calculator and the minimum wage check with JavaScript off, gets something wrong,
 * puts it right and reads the results. Today is fixed at 15 May 2026, so the redundancy dates run from 1 January 2022
 * to 31 December 2026.
 */
@SignpostIntegrationTest
class CalculatorPagesBrowserIT {

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-05-15T11:00:00Z"), ZoneId.of("Europe/London"));
    }

    @LocalServerPort
    int port;

    @Test
    void a_person_corrects_their_redundancy_answers_and_sees_their_pay_for_great_britain_and_northern_ireland() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.linkText("Calculate your statutory redundancy pay")));
            assertThat(page.findElements(By.tagName("h1"))).hasSize(1);
            browser.screenshot("redundancy-pay-form");

            type(page, Map.of("dismissal-date-day", "1", "dismissal-date-month", "6", "dismissal-date-year", "2026",
                    "age", "forty two", "weekly-pay", "1,000"));
            submit(page);

            assertThat(page.getTitle()).startsWith("Error: ");
            assertThat(errorSummary(page)).containsExactly(
                    "#age", "Your age must be a whole number, like 42",
                    "#years-service", "Enter how many full years you have worked for your employer");
            assertThat(page.findElement(By.id("age")).getAttribute("class")).contains("govuk-input--error");
            assertThat(page.findElement(By.id("age")).getAttribute("value")).isEqualTo("forty two");
            assertThat(page.findElement(By.id("weekly-pay")).getAttribute("value")).isEqualTo("1,000");
            browser.screenshot("redundancy-pay-errors");

            type(page, Map.of("age", "42", "years-service", "30"));
            submit(page);
            assertThat(errorSummary(page)).as("the calculator's own rule, shown against its field").containsExactly(
                    "#years-service", "Enter years of service between 0 and 27 (the age minus 15)");

            type(page, Map.of("years-service", "2"));
            submit(page);

            assertThat(page.findElements(By.tagName("h1"))).hasSize(1);
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Your statutory redundancy pay");
            assertThat(page.findElement(By.id("outcome")).getText()).isEqualTo("Based on your answers, you should"
                    + " get £1,877.50 if you work in England, Scotland or Wales, or £1,957.50 if you work in Northern"
                    + " Ireland.");
            assertThat(rows(page, "#figures tbody tr")).containsExactly(
                    List.of("Statutory redundancy pay", "£1,877.50", "£1,957.50"),
                    List.of("Weeks of pay", "2.5", "2.5"),
                    List.of("Weekly pay limit", "£751.00", "£783.00"),
                    List.of("Most anyone can get", "£22,530.00", "£23,490.00"),
                    List.of("Rates apply from", "6 April 2026", "6 April 2026"));
            assertThat(page.findElement(By.id("source")).getAttribute("href"))
                    .isEqualTo("https://www.gov.uk/calculate-your-redundancy-pay");
            wholePage(browser, "redundancy-pay-results");

            Browser.clickAndWait(page, page.findElement(By.xpath("//button[normalize-space()='Change your answers']")));
            assertThat(page.findElement(By.id("weekly-pay")).getAttribute("value")).isEqualTo("1,000");
            type(page, Map.of("years-service", "1"));
            submit(page);
            assertThat(page.findElement(By.id("outcome")).getText())
                    .isEqualTo("Based on your answers, you cannot get statutory redundancy pay.");
        }
    }

    @Test
    void a_redundancy_date_outside_govuks_window_is_shown_against_the_date() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/calculators/redundancy-pay");
            type(page, Map.of("dismissal-date-day", "31", "dismissal-date-month", "12", "dismissal-date-year", "2021",
                    "age", "42", "years-service", "2", "weekly-pay", "500"));
            submit(page);

            assertThat(errorSummary(page)).containsExactly("#dismissal-date-day",
                    "Enter a redundancy date between 1 January 2022 and 31 December 2026");
            assertThat(page.findElement(By.id("dismissal-date-year")).getAttribute("class"))
                    .contains("govuk-input--error");
        }
    }

    @Test
    void a_person_fixes_a_missing_accommodation_charge_and_finds_they_are_paid_below_the_minimum_wage() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.linkText("Check if you are getting the minimum wage")));
            wholePage(browser, "minimum-wage-form");

            submit(page);
            assertThat(errorSummary(page)).containsExactly(
                    "#pay-date-day", "Enter a date in the pay period",
                    "#apprentice", "Select if you are an apprentice",
                    "#age", "Enter your age",
                    "#pay-frequency", "Enter how many days are in your pay period",
                    "#hours", "Enter how many hours you worked in the pay period",
                    "#pay", "Enter how much you were paid for the pay period",
                    "#accommodation", "Select if your employer gives you somewhere to live");

            type(page, Map.of("pay-date-day", "1", "pay-date-month", "5", "pay-date-year", "2026", "age", "25",
                    "pay-frequency", "7", "hours", "40", "pay", "£500", "accommodation-days", "5"));
            choose(page, "apprentice", "No");
            choose(page, "accommodation", "Yes, and they charge me for it");
            submit(page);
            assertThat(errorSummary(page)).containsExactly("#accommodation-charge",
                    "Enter how much your employer charges each day for somewhere to live");
            assertThat(page.findElement(By.id("accommodation-3")).isSelected()).isTrue();
            wholePage(browser, "minimum-wage-errors");

            type(page, Map.of("accommodation-charge", "5"));
            submit(page);

            assertThat(page.findElements(By.tagName("h1"))).hasSize(1);
            assertThat(page.findElement(By.id("outcome")).getText())
                    .isEqualTo("You are not getting the National Living Wage");
            assertThat(page.findElement(By.id("shortfall")).getText())
                    .isEqualTo("You were paid £8.40 less than the minimum for this pay period.");
            Map<String, String> figures = page.findElements(By.cssSelector("#figures .govuk-summary-list__row"))
                    .stream().collect(Collectors.toMap(
                            row -> row.findElement(By.tagName("dt")).getText(),
                            row -> row.findElement(By.tagName("dd")).getText()));
            assertThat(figures).containsEntry("Minimum hourly rate for you", "£12.71")
                    .containsEntry("Minimum pay for the hours you worked", "£508.40")
                    .containsEntry("Change for somewhere to live", "£0.00")
                    .containsEntry("Pay that counts towards the minimum wage", "£500.00");
            assertThat(page.findElement(By.id("applies-from")).getText())
                    .isEqualTo("These rates apply from 1 April 2026.");
            assertThat(page.findElement(By.id("source")).getAttribute("href"))
                    .isEqualTo("https://www.gov.uk/national-minimum-wage-rates");
            wholePage(browser, "minimum-wage-results");
        }
    }

    @Test
    void an_apprentice_under_19_does_not_need_to_give_an_age() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/calculators/minimum-wage");
            type(page, Map.of("pay-date-day", "1", "pay-date-month", "5", "pay-date-year", "2026",
                    "pay-frequency", "7", "hours", "30", "pay", "240"));
            choose(page, "apprentice", "Yes, and I am under 19");
            choose(page, "accommodation", "No");
            submit(page);

            assertThat(page.findElement(By.id("outcome")).getText())
                    .isEqualTo("You are getting the National Minimum Wage");
            assertThat(page.findElement(By.id("reason")).getText()).startsWith("The apprentice rate is £8.00 an hour");
        }
    }

    private static void type(WebDriver page, Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement input = page.findElement(By.id(id));
            input.clear();
            input.sendKeys(value);
        });
    }

    /** Chooses the option with this label in the radios named {@code group}. */
    private static void choose(WebDriver page, String group, String label) {
        page.findElements(By.cssSelector("label.govuk-radios__label")).stream()
                .filter(element -> element.getText().equals(label))
                .filter(element -> group.equals(
                        page.findElement(By.id(element.getAttribute("for"))).getAttribute("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option '" + label + "' in " + group))
                .click();
    }

    private static void submit(WebDriver page) {
        Browser.clickAndWait(page, page.findElement(By.cssSelector("form button[type=submit]")));
    }

    /** The error summary as link target, text, link target, text... */
    private static List<String> errorSummary(WebDriver page) {
        return page.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .flatMap(link -> java.util.stream.Stream.of(
                        link.getAttribute("href").replaceAll("^[^#]*", ""), link.getText()))
                .toList();
    }

    private static List<List<String>> rows(WebDriver page, String css) {
        return page.findElements(By.cssSelector(css)).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** A screenshot of the whole page: the window is made as tall as the page first. */
    private static void wholePage(Browser browser, String name) {
        WebDriver page = browser.driver();
        int height = page.findElement(By.tagName("body")).getSize().getHeight();
        page.manage().window().setSize(new Dimension(1280, height + 150));
        browser.screenshot(name);
        page.manage().window().setSize(new Dimension(1280, 1024));
    }



    private String base() {
        return "http://localhost:" + port;
    }
}
