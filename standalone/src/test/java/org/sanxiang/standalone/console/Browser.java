package org.sanxiang.standalone.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through its chromedriver. Nothing is downloaded: both paths are given,
 * so Selenium Manager never runs. Where either is missing, {@link #start} skips the calling test and says why.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("sanxiang.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("sanxiang.chromedriver", "/usr/bin/chromedriver"));

    final WebDriver driver;
    private final Path profile;
    private final String base;
    private final Path screenshots;
    private String user;

    private Browser(WebDriver driver, Path profile, String base, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.screenshots = screenshots;
    }

    /**
     * Skips the calling test, saying so plainly on the build's output too, when Debian's chromium or its driver is
     * missing; nothing else is started first.
     */
    private static boolean toldWhy;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static void assumeAvailable() {
        if (!available()) {
            String why = "browser suite skipped: it needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "); ./run.sh test installs them on Debian as root, or: apt-get install chromium chromium-driver";
            if (!toldWhy) {
                toldWhy = true;
                System.err.println("sanxiang: " + why);
            }
            Assumptions.abort(why);
        }
    }

    /** A fresh headless chromium on the console at {@code base}; the test is skipped when there is no browser. */
    static Browser start(String base) throws IOException {
        assumeAvailable();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("sanxiang-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return new Browser(driver, profile, base, screenshotDir());
    }

    /** Where -Dsanxiang.screenshots points (relative: to the repository root), or null. */
    private static Path screenshotDir() throws IOException {
        String dir = System.getProperty("sanxiang.screenshots");
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path p = Path.of(dir);
        if (!p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            Path root = cwd.getFileName().toString().equals("standalone") ? cwd.getParent() : cwd;
            p = root.resolve(p);
        }
        Files.createDirectories(p);
        return p;
    }

    void open(String path) {
        driver.get(base + path);
        assertNoAlert();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Logs in through the form (password = name), unless that user is logged in already. */
    Browser as(String name) {
        if (name.equals(user)) {
            return this;
        }
        if (user != null) {
            open("/work");
            click(By.id("logout"));
        }
        open("/login");
        type(By.id("user"), name);
        type(By.id("password"), name);
        click(By.id("login"));
        if (!text(By.id("current-user")).equals(name)) {
            throw new AssertionError("login as " + name + " failed: " + driver.getPageSource());
        }
        user = name;
        return this;
    }

    WebElement find(By by) {
        List<WebElement> found = driver.findElements(by);
        if (found.isEmpty()) {
            String page = driver.getPageSource();
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + ":\n"
                    + page.replaceAll("(?s)<head>.*</head>", "").replaceAll("\\s+", " "));
        }
        return found.get(0);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String text(By by) {
        return find(by).getText().strip();
    }

    void type(By by, String text) {
        WebElement e = find(by);
        e.clear();
        e.sendKeys(text);
    }

    /** Sets a field of a Share form by its input name ({@code sxwf_opinionText}) to one or more values. */
    void field(String input, Object value) {
        WebElement e = find(By.id("f-" + input));
        String tag = e.getTagName();
        if (tag.equals("select")) {
            Select s = new Select(e);
            if (s.isMultiple()) {
                s.deselectAll();
            }
            for (Object v : value instanceof List<?> l ? l : List.of(value)) {
                s.selectByValue(String.valueOf(v));
            }
        } else if ("checkbox".equals(e.getDomAttribute("type"))) {
            if (e.isSelected() != Boolean.TRUE.equals(value)) {
                e.click();
            }
        } else if ("date".equals(e.getDomAttribute("type"))) {
            // a date input takes the digits in the browser's locale order; set the ISO value as a form post would
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", e, String.valueOf(value));
        } else {
            e.clear();
            e.sendKeys(value instanceof List<?> l ? String.join("\n", l.stream().map(String::valueOf).toList())
                    : String.valueOf(value));
        }
    }

    /** Clicks; when the click leaves the page (a link, a form's submit), waits for the next page to load. */
    void click(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(by).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50))
                    .until(d -> {
                        try {
                            page.isEnabled();
                            return false;
                        } catch (org.openqa.selenium.WebDriverException gone) {
                            return true; // stale, or "does not belong to the document": the next page is here
                        }
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("clicking " + by + " on " + driver.getCurrentUrl() + " loaded no page", e);
        }
        assertNoAlert();
    }

    /** No script ran: an alert() would be open now. */
    void assertNoAlert() {
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("a script ran on " + driver.getCurrentUrl() + ": alert(" + text + ")");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** Waits until the page at {@code path}, reloaded, shows {@code by}. */
    void waitFor(String path, By by, Duration timeout) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(500)).until(d -> {
            open(path);
            return has(by);
        });
    }

    /** A PNG of what the browser shows, under -Dsanxiang.screenshots, when set. */
    void screenshot(String name) throws IOException {
        if (screenshots == null) {
            return;
        }
        long height = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return Math.min(document.documentElement.scrollHeight, 1500)")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.max(700, height)));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind
            }
        }
    }
}
