package uk.gov.signpost.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * A person switches to Welsh with the link in the header, and the choice holds from page to page until they switch
 * back. The Welsh pages pass axe too.
 */
@SignpostIntegrationTest
class WelshPagesIT {

    private static final String RESULTS = "/check-benefits-financial-support/results?where_do_you_live=wales"
            + "&over_state_pension_age=no&are_you_working=no&disability_or_health_condition=no"
            + "&carer_disability_or_health_condition=no&children_living_with_you=no&on_benefits=no"
            + "&assets_and_savings=none_16000";

    @LocalServerPort
    int port;

    @Test
    void a_person_chooses_welsh_in_the_header_and_every_page_stays_in_welsh_until_they_choose_english() {
        try (Browser browser = Browser.withJavaScript()) {
            WebDriver page = browser.driver();
            PageStates states = new PageStates(browser);
            page.get(base() + "/");
            assertThat(lang(page)).isEqualTo("en");
            WebElement cymraeg = page.findElement(By.linkText("Cymraeg"));
            assertThat(cymraeg.getAttribute("lang")).isEqualTo("cy");
            assertThat(cymraeg.getAttribute("hreflang")).isEqualTo("cy");

            Browser.clickAndWait(page, cymraeg);
            assertThat(lang(page)).isEqualTo("cy");
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Cael help gyda gwaith, hyfforddiant a chymorth");
            assertThat(page.findElement(By.cssSelector(".govuk-skip-link")).getAttribute("textContent"))
                    .isEqualTo("Neidio i'r prif gynnwys");
            assertThat(page.findElement(By.linkText("English")).getAttribute("lang")).isEqualTo("en");
            states.check("welsh-start");

            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            assertThat(lang(page)).as("the choice is kept in a cookie").isEqualTo("cy");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Eich sgwrs");
            states.check("welsh-conversation-empty");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("#message-form button[type=submit]")));
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary__title")).getText())
                    .isEqualTo("Mae problem wedi codi");
            assertThat(page.getTitle()).startsWith("Gwall");
            states.check("welsh-conversation-error-summary");

            page.get(base() + "/training?q=accounting");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Dod o hyd i safon prentisiaeth");
            states.check("welsh-training-results");

            page.get(base() + "/check-benefits-financial-support/questions/where_do_you_live");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary__title")).getText())
                    .isEqualTo("Mae problem wedi codi");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Ble rydych chi'n byw?");
            assertThat(page.findElement(By.cssSelector("main")).getText()).contains("Cymru", "Gogledd Iwerddon")
                    .doesNotContain("Where do you live", "Northern Ireland");
            states.check("welsh-benefits-question-error");

            page.get(base() + RESULTS);
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Canlyniadau yn seiliedig ar eich atebion");
            assertThat(page.findElement(By.cssSelector("main")).getText())
                    .contains("Cronfa Cymorth Dewisol", "Yn ôl eich atebion: rydych yn byw yng Nghymru. Gall unrhyw un"
                            + " sy'n byw yno wirio a ydynt yn gymwys.", "Ble rydych chi'n byw?")
                    .doesNotContain("You said", "Where do you live");
            states.check("welsh-benefits-results");
            String english = page.findElement(By.linkText("English")).getAttribute("href");
            assertThat(english).as("switching language keeps the answers in the address")
                    .contains("where_do_you_live=wales", "assets_and_savings=none_16000", "lang=en");

            page.get(base() + "/calculators/minimum-wage");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            assertThat(page.findElement(By.cssSelector(".govuk-error-summary__list")).getText())
                    .contains("Nodwch ddyddiad yn y cyfnod cyflog");
            assertThat(page.findElement(By.linkText("English")).getAttribute("href"))
                    .as("a posted form's page links to its own address").endsWith("/calculators/minimum-wage?lang=en");
            states.check("welsh-minimum-wage-errors");

            page.get(base() + "/no-such-page");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Heb ddod o hyd i'r dudalen");
            states.check("welsh-error-not-found");

            Browser.clickAndWait(page, page.findElement(By.linkText("English")));
            page.get(base() + "/");
            assertThat(lang(page)).isEqualTo("en");
            page.get(base() + "/?lang=fr");
            assertThat(lang(page)).as("a language Signpost does not have gives English").isEqualTo("en");

            states.assertNoViolations();
        }
    }

    private static String lang(WebDriver page) {
        return page.findElement(By.tagName("html")).getAttribute("lang");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
