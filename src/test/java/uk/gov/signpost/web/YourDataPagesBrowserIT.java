package uk.gov.signpost.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.support.Axe;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** A person sees what Signpost holds about them and deletes it, in a real browser with JavaScript off. */
@SignpostIntegrationTest(properties = "signpost.rate-limit.messages-per-minute=100")
class YourDataPagesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void with_javascript_off_a_person_can_read_their_data_and_delete_it_after_confirming() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            page.findElement(By.id("text")).sendKeys("I'm looking for work near LS1 4AP");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("#message-form button[type=submit]")));
            String conversation = page.getCurrentUrl().replaceAll("#.*", "");
            String id = conversation.substring(conversation.lastIndexOf('/') + 1);

            Browser.clickAndWait(page, page.findElement(By.linkText("See or delete your data")));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("What Signpost holds about you");
            assertThat(texts(page, ".govuk-summary-list__value")).contains("I'm looking for work near LS1 4AP");
            assertThat(page.findElement(By.linkText("Download your data (JSON file)")).getAttribute("href"))
                    .endsWith("/api/v1/me/export");
            browser.screenshot("your-data");

            Browser.clickAndWait(page, page.findElement(By.linkText("Delete your data")));
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Are you sure you want to delete all your data?");
            assertThat(count("conversation where id = ?::uuid", id)).as("nothing goes before the person confirms")
                    .isEqualTo(1);
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--warning")));

            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Your data has been deleted");
            assertThat(count("conversation where id = ?::uuid", id)).isZero();
            assertThat(count("message where conversation_id = ?::uuid", id)).isZero();
            page.get(base() + "/your-data");
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Signpost holds no data about you in this browser");
        }
    }

    @Test
    void the_pages_are_in_welsh_and_have_no_accessibility_violations() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            for (String path : List.of("/your-data", "/your-data/delete")) {
                page.get(base() + path);
                assertThat(Axe.check(page)).as(path).isEmpty();
            }
            page.get(base() + "/your-data?lang=cy");
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Beth mae Signpost yn ei gadw amdanoch chi");
            page.get(base() + "/your-data/deleted?lang=cy");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Mae eich data wedi'i ddileu");
            assertThat(Axe.check(page)).isEmpty();
        }
    }

    private int count(String from, String id) {
        return jdbc.sql("select count(*) from " + from).param(id).query(Integer.class).single();
    }

    private static List<String> texts(WebDriver page, String css) {
        return page.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
