package uk.gov.signpost.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Selenium, with no network access of its own (STACK-NOTES). Screenshots
 * go to {@code target/screenshots} so that CI keeps them.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(boolean javascript) {
        try {
            this.profile = Files.createTempDirectory("signpost-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("signpost.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--window-size=1280,1024", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("signpost.test.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public static Browser withJavaScript() {
        return new Browser(true);
    }

    public static Browser withoutJavaScript() {
        return new Browser(false);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Clicks something that loads a new page and waits until the old page has gone. Without JavaScript every
     * click is a page load, and a click returns before the next page has arrived.
     */
    public static void clickAndWait(WebDriver page, WebElement element) {
        WebElement html = page.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(driver -> gone(html));
    }

    /** Chromium sometimes reports a node of the page just left as not in the document, rather than as stale. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile does no harm.
        }
    }
}
