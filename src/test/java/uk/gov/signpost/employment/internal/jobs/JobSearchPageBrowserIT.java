package uk.gov.signpost.employment.internal.jobs;

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

/** A person searches for jobs in a real browser with JavaScript off. */
@SignpostIntegrationTest(properties = "signpost.jobs.enrichment=blocking")
class JobSearchPageBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void with_javascript_off_a_person_finds_jobs_near_them_and_pages_through_them() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/jobs");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Find a job");
            assertThat(page.findElements(By.id("results"))).isEmpty();

            page.findElement(By.id("q")).sendKeys("administrative officer");
            page.findElement(By.id("near")).sendKeys("LS1");
            new Select(page.findElement(By.id("radius_miles"))).selectByValue("20");
            search(page);

            assertThat(page.findElement(By.id("results-heading")).getText()).endsWith("jobs found");
            List<WebElement> jobs = page.findElements(By.cssSelector("#results > li"));
            assertThat(jobs).hasSize(10);
            WebElement first = jobs.get(0);
            assertThat(first.findElement(By.cssSelector("h3")).getText()).containsIgnoringCase("administrative");
            assertThat(first.findElement(By.cssSelector(".signpost-job__distance")).getText())
                    .matches("(Less than 0\\.1|\\d+(\\.\\d)?) miles from LS1");
            assertThat(first.getText()).contains("Employer", "Location", "Salary", "Closing date");
            assertThat(first.findElements(By.cssSelector(".signpost-job__why li"))).isNotEmpty();
            assertThat(page.findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
            assertThat(page.getTitle()).startsWith("Find a job");
            assertThat(page.findElement(By.id("q")).getAttribute("value")).isEqualTo("administrative officer");
            assertThat(new Select(page.findElement(By.id("radius_miles"))).getFirstSelectedOption().getText())
                    .isEqualTo("Within 20 miles");
            browser.screenshot("jobs-no-js");

            String firstTitle = first.findElement(By.cssSelector("h3")).getText();
            clickAndWait(page, page.findElement(By.cssSelector(".govuk-pagination__next a")));
            assertThat(page.getCurrentUrl()).contains("page=2").contains("near=LS1");
            assertThat(page.findElement(By.cssSelector("#results")).getAttribute("start")).isEqualTo("11");
            assertThat(page.findElement(By.cssSelector("#results > li h3")).getText()).isNotEqualTo(firstTitle);
            assertThat(page.findElement(By.cssSelector(".govuk-pagination__item--current")).getText()).isEqualTo("2");
        }
    }

    @Test
    void with_javascript_off_an_empty_form_shows_the_error_summary() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/jobs");
            search(page);

            assertThat(page.getTitle()).startsWith("Error: Find a job");
            WebElement summary = page.findElement(By.cssSelector(".govuk-error-summary"));
            assertThat(summary.getText()).contains("There is a problem", "Enter a job or a place to search near");
            assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#q");
            assertThat(page.findElement(By.id("q-error")).getText()).contains("Enter a job or a place");
            assertThat(page.findElements(By.id("results"))).isEmpty();
        }
    }

    @Test
    void with_javascript_off_an_unknown_place_and_a_salary_that_is_not_a_number_are_shown_against_their_fields() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/jobs?q=nurse&near=Atlantis");
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href"))
                    .endsWith("#near");
            assertThat(page.findElement(By.id("near-error")).getText()).contains("Leeds or LS1");
            assertThat(page.findElement(By.id("near")).getAttribute("value")).isEqualTo("Atlantis");

            page.get(base() + "/jobs?q=nurse&salary_min=lots");
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href"))
                    .endsWith("#salary_min");
            assertThat(page.findElement(By.id("salary_min")).getAttribute("class")).contains("govuk-input--error");
        }
    }

    private static void search(WebDriver page) {
        clickAndWait(page, page.findElement(By.cssSelector("#job-search button[type=submit]")));
    }

    /** Without JavaScript every click loads a new page; wait until the old one has gone. */
    private static void clickAndWait(WebDriver page, WebElement element) {
        WebElement html = page.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
