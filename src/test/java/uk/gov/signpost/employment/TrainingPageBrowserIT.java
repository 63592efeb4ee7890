package uk.gov.signpost.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** A person searches for apprenticeship standards in a real browser with JavaScript off. */
@SignpostIntegrationTest
class TrainingPageBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void with_javascript_off_a_person_can_search_filter_and_page_through_standards() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/training");
            assertThat(page.findElements(By.tagName("h1"))).hasSize(1);
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Find an apprenticeship standard");
            assertThat(page.findElements(By.id("results"))).isEmpty();

            page.findElement(By.id("q")).sendKeys("accounting");
            new Select(page.findElement(By.id("level"))).selectByValue("3");
            clickAndWait(page, page.findElement(By.cssSelector("#training-search button[type=submit]")));

            assertThat(page.getCurrentUrl()).contains("q=accounting").contains("level=3");
            assertThat(page.findElement(By.id("result-count")).getText()).endsWith("match your search");
            assertThat(texts(page, ".govuk-summary-card__title")).contains("Assistant accountant");
            assertThat(texts(page, ".signpost-from-list")).isNotEmpty()
                    .allSatisfy(text -> assertThat(text).contains("accurate as of 28 June 2026"));
            assertThat(page.findElement(By.id("q")).getAttribute("value")).isEqualTo("accounting");
            assertThat(new Select(page.findElement(By.id("level"))).getFirstSelectedOption().getText())
                    .isEqualTo("Level 3");
            browser.screenshot("training-no-js");

            page.get(base() + "/training?route=Construction");
            assertThat(page.findElements(By.cssSelector(".govuk-warning-text"))).isNotEmpty();
            assertThat(texts(page, ".signpost-from-list"))
                    .allSatisfy(text -> assertThat(text).contains("accurate as of 8 May 2018"));
            String firstOnPageOne = texts(page, ".govuk-summary-card__title").get(0);
            clickAndWait(page, page.findElement(By.cssSelector(".govuk-pagination__next a")));
            assertThat(page.getCurrentUrl()).contains("page=2").contains("route=Construction");
            assertThat(texts(page, ".govuk-summary-card__title")).doesNotContain(firstOnPageOne);
            assertThat(page.findElements(By.cssSelector(".govuk-pagination__prev a"))).hasSize(1);
        }
    }

    @Test
    void with_javascript_off_invalid_fields_show_the_govuk_error_summary_linking_to_each_field() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/training?q=" + "a".repeat(101) + "&level=9&route=Astronautics");

            assertThat(page.getTitle()).startsWith("Error: ");
            WebElement summary = page.findElement(By.cssSelector(".govuk-error-summary"));
            assertThat(summary.getText()).contains("There is a problem", "Search terms must be 100 characters or fewer",
                    "Select a level from the list", "Select a route from the list");
            assertThat(summary.findElements(By.tagName("a"))).extracting(link -> link.getAttribute("href"))
                    .map(href -> href.substring(href.indexOf('#')))
                    .containsExactly("#q", "#level", "#route");
            assertThat(page.findElements(By.cssSelector(".govuk-form-group--error"))).hasSize(3);
            assertThat(page.findElement(By.id("level-error")).getText()).contains("Select a level from the list");
            assertThat(page.findElements(By.id("results"))).isEmpty();
            browser.screenshot("training-errors-no-js");
        }
    }

    /** Without JavaScript every click loads a new page; wait until the old one has gone. */
    private static void clickAndWait(WebDriver page, WebElement element) {
        WebElement html = page.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
    }

    private static List<String> texts(WebDriver page, String css) {
        return page.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
