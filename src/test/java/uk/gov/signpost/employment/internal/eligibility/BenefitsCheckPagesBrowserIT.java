package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.employment.BenefitsCheck;
import uk.gov.signpost.employment.BenefitsCheckOutcome.Result;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** A person checks what benefits and financial support they can get, one question at a time, with JavaScript off. */
@SignpostIntegrationTest
class BenefitsCheckPagesBrowserIT {

    private static final String CARING =
            "Are you caring for someone with a disability or health condition for at least 35 hours a week?";
    private static final String CHILDREN = "Do you have children living with you (or are you expecting a child)?";
    private static final String DAILY_TASKS =
            "Does your disability or health condition affect your ability to do daily tasks or get around?";
    private static final String ON_BENEFITS = "Are you getting any of the following: Universal Credit, income-based"
            + " Jobseeker's Allowance (JSA), income-related Employment and Support Allowance (ESA), Pension Credit,"
            + " Income Support or Housing Benefit?";
    private static final String SAVINGS =
            "How much money, savings and investments do you have (excluding the home you live in)?";

    @LocalServerPort
    int port;

    @Autowired
    BenefitsCheck check;

    @Test
    void govuks_test_profile_answered_page_by_page_shows_exactly_fifteen_results() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.linkText("Check benefits and financial support you can get")));
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Check benefits and financial support you can get");
            browser.screenshot("benefits-start");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("a.govuk-button--start")));

            answer(page, "Where do you live?", "England");
            answer(page, "Are you State Pension age or over?", "Yes");
            answer(page, "Are you in paid work?", "Yes");
            answer(page, "How many hours of paid work do you usually do?", "I usually work less than 16 hours a week");
            answer(page, "Do you have a disability or health condition?", "No");
            answer(page, CARING, "No");
            answer(page, CHILDREN, "Yes");
            browser.screenshot("benefits-checkbox-question");
            answer(page, "How old are the children who live with you?", "5 to 7");
            answer(page, "Do any children living with you have a disability?", "Yes");
            answer(page, ON_BENEFITS, "Yes");
            answer(page, "Select everything you are getting at the moment", "Universal Credit");
            answer(page, SAVINGS, "Less than £16,000");

            assertThat(page.getCurrentUrl()).contains("/check-benefits-financial-support/results?");
            assertThat(page.findElements(By.tagName("h1"))).hasSize(1);
            assertThat(page.findElement(By.id("result-count")).getText())
                    .isEqualTo("Based on your answers, you may be eligible for 15 things.");
            assertThat(texts(page, ".signpost-result__title")).hasSize(15)
                    .startsWith("Pension Credit", "Housing Benefit", "Tax-Free Childcare")
                    .endsWith("Help from your local council");
            assertThat(page.findElement(By.linkText("Pension Credit")).getAttribute("href"))
                    .isEqualTo("https://www.gov.uk/pension-credit");
            assertThat(page.findElements(By.linkText("Winter Fuel Payment")))
                    .as("a result without a sourced link is shown as plain text").isEmpty();
            assertThat(texts(page, ".signpost-result__title")).contains("Winter Fuel Payment");
            wholePage(browser, "benefits-results-fifteen");
        }
    }

    @Test
    void a_disabled_carer_in_scotland_sees_what_the_check_decides_and_can_change_answers_from_the_results() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/check-benefits-financial-support");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("a.govuk-button--start")));

            answer(page, "Where do you live?", "Scotland");
            answer(page, "Are you State Pension age or over?", "No");
            answer(page, "Are you in paid work?", "No");
            answer(page, "Do you have a disability or health condition?", "Yes");
            answer(page, DAILY_TASKS, "Yes");
            answer(page, "Does your disability or health condition affect how much you can work?",
                    "Yes, it limits how much I can work");
            answer(page, CARING, "Yes");
            answer(page, CHILDREN, "No");
            answer(page, ON_BENEFITS, "No, I'm not getting any of these benefits");
            answer(page, SAVINGS, "None");

            Map<String, List<String>> answers = new LinkedHashMap<>();
            answers.put("where_do_you_live", List.of("scotland"));
            answers.put("over_state_pension_age", List.of("no"));
            answers.put("are_you_working", List.of("no"));
            answers.put("disability_or_health_condition", List.of("yes"));
            answers.put("disability_affecting_daily_tasks", List.of("yes"));
            answers.put("disability_affecting_work", List.of("yes_limits_work"));
            answers.put("carer_disability_or_health_condition", List.of("yes"));
            answers.put("children_living_with_you", List.of("no"));
            answers.put("on_benefits", List.of("no"));
            answers.put("assets_and_savings", List.of("none_16000"));
            List<Result> expected = check.check(answers).results();
            assertThat(texts(page, ".signpost-result__title")).containsExactlyElementsOf(
                    expected.stream().map(Result::title).toList())
                    .contains("Adult Disability Payment", "Carer Support Payment");
            assertThat(texts(page, ".signpost-result p")).containsExactlyElementsOf(
                    expected.stream().map(Result::reason).toList());
            assertThat(page.findElement(By.id("result-count")).getText())
                    .isEqualTo("Based on your answers, you may be eligible for " + expected.size() + " things.");
            assertThat(texts(page, ".govuk-summary-list__key")).hasSize(10).first().isEqualTo("Where do you live?");

            Browser.clickAndWait(page, changeLinkFor(page, "Where do you live?"));
            assertThat(page.findElement(By.id("where_do_you_live-3")).isSelected()).as("Scotland stays chosen")
                    .isTrue();
            answer(page, "Where do you live?", "Wales");
            assertThat(page.getCurrentUrl()).as("every other answer still applies").contains("/results?");
            assertThat(texts(page, ".signpost-result__title"))
                    .contains("Personal Independence Payment (PIP)", "Carer’s Allowance")
                    .doesNotContain("Adult Disability Payment");

            Browser.clickAndWait(page, changeLinkFor(page, CHILDREN));
            answer(page, CHILDREN, "Yes");
            answer(page, "How old are the children who live with you?", "1 or under", "3 to 4");
            answer(page, "Do any children living with you have a disability?", "No");
            assertThat(page.getCurrentUrl()).contains("/results?");
            assertThat(texts(page, ".signpost-result__title")).contains("Child Benefit", "Maternity Allowance");
            wholePage(browser, "benefits-results-after-change");

            Browser.clickAndWait(page, page.findElement(By.linkText("Start again")));
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Check benefits and financial support you can get");
        }
    }

    @Test
    void continuing_without_choosing_shows_the_error_summary_and_the_back_link_keeps_earlier_answers() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/check-benefits-financial-support/questions/where_do_you_live");
            answer(page, "Where do you live?", "Northern Ireland");

            Browser.clickAndWait(page, page.findElement(By.cssSelector("form button[type=submit]")));

            assertThat(page.getTitle()).startsWith("Error: Are you State Pension age or over?");
            WebElement summary = page.findElement(By.cssSelector(".govuk-error-summary"));
            assertThat(summary.getText())
                    .contains("There is a problem", "Select yes if you are State Pension age or over");
            assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#over_state_pension_age");
            assertThat(page.findElement(By.id("over_state_pension_age-error")).getAttribute("textContent"))
                    .isEqualToNormalizingWhitespace("Error: Select yes if you are State Pension age or over");
            assertThat(page.findElement(By.cssSelector(".govuk-form-group--error fieldset"))
                    .getAttribute("aria-describedby"))
                    .isEqualTo("over_state_pension_age-hint over_state_pension_age-error");
            assertThat(page.findElements(By.tagName("h1"))).hasSize(1);
            browser.screenshot("benefits-question-error");

            answer(page, "Are you State Pension age or over?", "No");
            answer(page, "Are you in paid work?", "Yes");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("form button[type=submit]")));
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Select how many hours of paid work you usually do");

            Browser.clickAndWait(page, page.findElement(By.cssSelector("a.govuk-back-link")));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Are you in paid work?");
            assertThat(page.findElement(By.id("are_you_working")).isSelected()).as("Yes stays chosen").isTrue();
            Browser.clickAndWait(page, page.findElement(By.cssSelector("a.govuk-back-link")));
            Browser.clickAndWait(page, page.findElement(By.cssSelector("a.govuk-back-link")));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Where do you live?");
            assertThat(page.findElement(By.id("where_do_you_live-4")).isSelected()).isTrue();
        }
    }

    /** Checks the page asks {@code question} as its one heading, chooses each label, and continues. */
    private static void answer(WebDriver page, String question, String... labels) {
        assertThat(page.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(page.findElement(By.cssSelector("legend h1")).getText()).isEqualTo(question);
        for (String label : labels) {
            page.findElements(By.cssSelector("label.govuk-radios__label, label.govuk-checkboxes__label")).stream()
                    .filter(element -> element.getText().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No option '" + label + "' on '" + question + "'"))
                    .click();
        }
        Browser.clickAndWait(page, page.findElement(By.cssSelector("form button[type=submit]")));
    }

    private static WebElement changeLinkFor(WebDriver page, String question) {
        return page.findElements(By.cssSelector(".govuk-summary-list__row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".govuk-summary-list__key")).getText().equals(question))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector(".govuk-summary-list__actions a"));
    }

    /** A screenshot of the whole page: the window is made as tall as the page first. */
    private static void wholePage(Browser browser, String name) {
        WebDriver page = browser.driver();
        int height = page.findElement(By.tagName("body")).getSize().getHeight();
        page.manage().window().setSize(new Dimension(1280, height + 150));
        browser.screenshot(name);
        page.manage().window().setSize(new Dimension(1280, 1024));
    }



    private static List<String> texts(WebDriver page, String css) {
        return page.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
