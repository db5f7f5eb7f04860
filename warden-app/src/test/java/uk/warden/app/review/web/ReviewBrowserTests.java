package uk.warden.app.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.warden.app.access.store.AccessStore;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.Role;
import uk.warden.app.register.RegisterService;
import uk.warden.app.review.ReviewData;
import uk.warden.app.testing.Browser;
import uk.warden.app.testing.Databases;

/**
 * A small review done in a real headless Chromium: started over one system from the form, one grant
 * confirmed and one revoked with reasons, progress at 100%, the revocation's task shown and done,
 * and the CSV downloaded. An auditor sees the same page without a form.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTests {

  private static final String PASSWORD = "browser-" + UUID.randomUUID();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Databases.h2AppUrl("review-browser"));
  }

  @LocalServerPort int port;
  @Autowired AccountService accounts;
  @Autowired RegisterService register;
  @Autowired AccessStore access;

  private ChromeDriver browser;
  private ReviewData data;

  @BeforeAll
  void setUp(@TempDir Path profile) {
    browser = Browser.start(profile);
    data = ReviewData.load(register, access, "web");
    accounts.createUser("dpo", Role.DPO, PASSWORD);
    accounts.createUser("auditor", Role.AUDITOR, PASSWORD);
  }

  @AfterAll
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aSmallReviewIsCompletedAndExported() throws Exception {
    Browser.signIn(browser, url(""), "dpo", PASSWORD);
    browser.get(url("/reviews"));
    browser.findElement(By.id("name")).sendKeys("PNC spring review");
    browser.findElement(By.id("system-" + data.first())).click();
    Browser.submit(browser, browser.findElement(By.id("start")));

    assertThat(browser.getCurrentUrl()).matches(".*/reviews/\\d+");
    String page = browser.getCurrentUrl();
    assertThat(browser.findElement(By.id("overall-progress")).getText()).startsWith("0 of 2 (0%)");
    decide(data.grants().get(0), "Needed for custody duties", "CONFIRM");
    decide(data.grants().get(1), "Moved to traffic in March", "REVOKE");

    assertThat(browser.findElement(By.id("overall-progress")).getText())
        .isEqualTo("2 of 2 (100%): 1 confirmed, 1 revoked");
    assertThat(row(data.grants().get(1)).getText())
        .contains("Revoked")
        .contains("Moved to traffic in March (dpo, ");
    assertThat(browser.findElements(By.cssSelector("#items form"))).isEmpty();
    assertThat(access.grant(data.grants().get(1)).orElseThrow().live()).isFalse();
    WebElement task = browser.findElement(By.cssSelector("#tasks tbody tr"));
    assertThat(task.getText()).contains("web-u2 on " + data.first());
    task.findElement(By.name("note")).sendKeys("Account removed in PNC, ref 4411");
    Browser.submit(browser, task.findElement(By.cssSelector("button")));
    assertThat(browser.findElement(By.cssSelector("#tasks tbody tr")).getText())
        .contains("Account removed in PNC, ref 4411 (dpo, ");
    Browser.screenshot(browser, "review");

    List<String> csv =
        Browser.downloadCsv(browser, browser.findElement(By.id("review-csv")).getAttribute("href"))
            .lines()
            .toList();
    assertThat(csv.get(0))
        .isEqualTo(
            "system,owner,holder,grant,categories,access type,purpose,expires,last used,decision,"
                + "reason,decided by,decided at");
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1))
        .startsWith(data.first() + ",Head of HR,web-u1,web-g1,user.name,READ,'=duty,,,CONFIRM,")
        .contains("Needed for custody duties,dpo,");
    assertThat(csv.get(2)).contains(",REVOKE,Moved to traffic in March,dpo,");

    Browser.submit(browser, browser.findElement(By.id("close-review")));
    assertThat(browser.findElement(By.id("review-status")).getText()).startsWith("Closed");

    Browser.signIn(browser, url(""), "auditor", PASSWORD);
    browser.get(page);
    assertThat(browser.findElement(By.id("overall-progress")).getText()).startsWith("2 of 2");
    assertThat(browser.findElements(By.cssSelector("form.warden-decide"))).isEmpty();
    browser.get(url("/reviews"));
    assertThat(browser.findElements(By.id("start-review"))).isEmpty();
    assertThat(browser.findElement(By.id("reviews")).getText()).contains("PNC spring review");
  }

  private void decide(String grant, String reason, String decision) {
    WebElement row = row(grant);
    row.findElement(By.name("reason")).sendKeys(reason);
    Browser.submit(browser, row.findElement(By.cssSelector("button[value='" + decision + "']")));
  }

  private WebElement row(String grant) {
    return browser.findElement(By.cssSelector("#items tr[data-grant='" + grant + "']"));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
