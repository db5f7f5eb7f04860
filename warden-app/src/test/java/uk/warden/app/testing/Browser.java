package uk.warden.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests, from Debian's chromium and chromium-driver packages. Where
 * they are missing the tests skip with a loud message, unless {@code warden.browser.required} is
 * true (as in {@code .ci/run}), where a missing browser fails the build.
 */
public final class Browser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /**
   * Signs in through the login form as a fresh session would, and checks that the dashboard at
   * {@code base + "/"} follows.
   */
  public static void signIn(ChromeDriver driver, String base, String username, String password) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    submit(driver, driver.findElement(By.id("sign-in")));
    assertThat(driver.getCurrentUrl()).isEqualTo(base + "/");
  }

  /**
   * Saves a full-window screenshot when {@code warden.screenshots} names a folder, so a person can
   * look at what the tests saw; does nothing otherwise.
   */
  /**
   * Clicks a button or link that loads a new page and waits until the old page is gone:
   * ChromeDriver does not always wait for a navigation a click starts (a form post that redirects,
   * say), and a test that reads the page at once may read the one it left.
   */
  public static void submit(ChromeDriver driver, WebElement button) {
    WebElement page = driver.findElement(By.tagName("html"));
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
  }

  /**
   * Downloads a CSV the signed-in browser links to, with the browser's session: Chromium headless
   * saves downloads out of the test's reach.
   */
  public static String downloadCsv(ChromeDriver driver, String href) {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href))
                      .header("Cookie", "JSESSIONID=" + session.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static void screenshot(ChromeDriver driver, String name) {
    String folder = System.getProperty("warden.screenshots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    try {
      Path dir = Files.createDirectories(Path.of(folder));
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ChromeDriver start(Path profile) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      if (Boolean.getBoolean("warden.browser.required")) {
        throw new IllegalStateException(
            "browser tests are mandatory here but /usr/bin/chromium or /usr/bin/chromedriver is"
                + " missing: apt-get install chromium chromium-driver");
      }
      System.err.println(
          "\n*** SKIPPING BROWSER TESTS: /usr/bin/chromium or /usr/bin/chromedriver is missing."
              + " Install chromium and chromium-driver to run them. ***\n");
      Assumptions.abort("Chromium is not installed");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }
}
