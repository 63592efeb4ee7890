package uk.gov.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;
import uk.gov.signpost.support.StaffSignIn;

/**
 * In headless Chromium, through the local identity provider's login form: a citizen starts a conversation without
 * signing in, signs in (which adopts it), and on a second browser signs in as the same person and carries it on;
 * a third citizen cannot open it by its address. A caseworker signs in to the staff pages.
 */
@SignpostIntegrationTest(properties = {"signpost.rate-limit.messages-per-minute=100"})
class CitizenSignInBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void a_signed_in_citizen_resumes_a_conversation_on_a_second_browser_and_no_one_else_can_open_it() {
        String conversation;
        try (Browser phone = Browser.withoutJavaScript()) {
            WebDriver page = phone.driver();
            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("button.govuk-button--start")));
            send(page, "I'm looking for admin jobs");
            conversation = page.getCurrentUrl().replaceAll(".*/conversations/([^#?]+).*", "$1");

            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.id("sign-in")));
            StaffSignIn.citizenInBrowser(page, port, "alice");
            assertThat(page.findElement(By.tagName("main")).getText()).contains("You are signed in");
            assertThat(page.findElements(By.cssSelector("a[href='/conversations/" + conversation + "']"))).hasSize(1);
            phone.screenshot("sign-in-adopted");
        }

        try (Browser laptop = Browser.withJavaScript()) {
            WebDriver page = laptop.driver();
            StaffSignIn.citizenInBrowser(page, port, "alice");
            Browser.clickAndWait(page, page.findElement(By.cssSelector("a[href='/conversations/" + conversation + "']")));
            assertThat(texts(page, ".signpost-message--person .signpost-message__text"))
                    .containsExactly("I'm looking for admin jobs");
            laptop.screenshot("sign-in-second-browser");

            page.get(base() + "/");
            Browser.clickAndWait(page, page.findElement(By.id("sign-out")));
            new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.id("sign-in")).size() == 1);
            page.get(base() + "/conversations/" + conversation);
            assertThat(page.getPageSource()).doesNotContain("I'm looking for admin jobs");
        }

        try (Browser stranger = Browser.withoutJavaScript()) {
            WebDriver page = stranger.driver();
            StaffSignIn.citizenInBrowser(page, port, "bob");
            assertThat(page.findElements(By.cssSelector("a[href='/conversations/" + conversation + "']"))).isEmpty();
            page.get(base() + "/conversations/" + conversation);
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
            assertThat(page.getPageSource()).doesNotContain("I'm looking for admin jobs");
        }
    }

    @Test
    void a_caseworker_signs_in_through_the_login_form_and_lands_on_the_staff_pages() {
        try (Browser browser = Browser.withoutJavaScript()) {
            StaffSignIn.inBrowser(browser.driver(), port, StaffRole.CASEWORKER);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Staff pages");
            assertThat(browser.driver().findElement(By.linkText("The handoff queue")).getAttribute("href"))
                    .endsWith("/staff/handoffs");
            browser.screenshot("staff-landing-caseworker");
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
        return StaffSignIn.base(port);
    }
}
