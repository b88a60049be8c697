package vn.dnnd.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: never a driver downloaded by Selenium
 * Manager (there is no network for it). Downloads land in a directory of the test's own; every page can be
 * kept as a screenshot under jobs/target/screenshots to look at.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path downloads;

    Browser(String base, Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
        }
        this.base = base;
        this.downloads = downloads;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1280,1000", "--lang=vi-VN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // A busy machine (CI runs the browser beside the server on 2 cores) renders late: wait for elements.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(15));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Clicks a link or a form's button that leads to another page, and returns once that page is there: a click
     * returns before the browser has left the old page, and a check made then would read the old one.
     */
    void follow(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> gone(old));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's element has left the document. Chromium says so either as a stale element or, when
     * asked in the middle of the swap, as "Node with given id does not belong to the document".
     */
    private static boolean gone(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void logIn(String login, String password) {
        open("/login");
        type("#username", login);
        type("#password", password);
        follow("#login");
    }

    /** A first login: the one-time password, then the password chosen in its place; ends on the home page. */
    void firstLogIn(String login, String oneTimePassword, String chosen) {
        logIn(login, oneTimePassword);
        type("#current", oneTimePassword);
        type("#chosen", chosen);
        type("#repeated", chosen);
        follow("#change");
    }

    /** The file the last click downloaded, once the browser has finished writing it. */
    Path downloaded(String suffix) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            // Chromium first creates an empty file of the final name, then writes *.crdownload and renames it over.
            try (var files = Files.list(downloads)) {
                List<Path> present = files.toList();
                boolean writing = present.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                Path done = present.stream().filter(f -> f.getFileName().toString().endsWith(suffix))
                        .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
                if (done != null && !writing) {
                    return done;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("nothing ending in " + suffix + " was downloaded into " + downloads);
    }

    /** Keeps what the browser shows now as target/screenshots/{name}.png. */
    void screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
