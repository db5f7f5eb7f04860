package uk.warden.app.findings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.Role;
import uk.warden.app.demo.DemoService;
import uk.warden.app.findings.FindingFilter;
import uk.warden.app.findings.FindingStatus;
import uk.warden.app.findings.FindingsService;
import uk.warden.app.findings.ListedFinding;
import uk.warden.app.testing.Browser;
import uk.warden.app.testing.Databases;
import uk.warden.core.findings.risk.PartyRisk;

/**
 * The findings pages in a real headless Chromium over the demo force: filter to a rule, open a
 * finding, resolve it with a note (and see it leave the open list and its history kept), reopen it;
 * and a supplier's risk score explained on its page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsBrowserTests {

  private static final String PASSWORD = "browser-" + UUID.randomUUID();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Databases.h2AppUrl("findings-browser"));
  }

  @LocalServerPort int port;
  @Autowired DemoService demo;
  @Autowired AccountService accounts;
  @Autowired FindingsService findings;

  private ChromeDriver browser;

  @BeforeAll
  void setUp(@TempDir Path profile) {
    browser = Browser.start(profile);
    if (demo.isEmpty()) {
      demo.load(1_500, 7);
      accounts.createUser("dpo", Role.DPO, PASSWORD);
      accounts.createUser("auditor", Role.AUDITOR, PASSWORD);
    }
  }

  @AfterAll
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void aFindingIsResolvedWithANoteAndReopened() {
    Browser.signIn(browser, url(""), "dpo", PASSWORD);
    browser.get(url("/findings"));
    new Select(browser.findElement(By.id("rule"))).selectByValue("leaver-with-access");
    Browser.submit(browser, browser.findElement(By.id("apply-filter")));
    int before =
        findings
            .list(
                new FindingFilter(null, "leaver-with-access", null, null, FindingStatus.OPEN, null))
            .size();
    assertThat(browser.findElement(By.id("finding-count")).getText())
        .isEqualTo(before + " findings");
    ListedFinding target =
        findings
            .list(
                new FindingFilter(null, "leaver-with-access", null, null, FindingStatus.OPEN, null))
            .get(0);

    Browser.submit(
        browser,
        browser.findElement(By.cssSelector("#findings tr[data-key='" + target.key() + "'] a")));
    assertThat(browser.findElement(By.id("summary")).getText())
        .isEqualTo(target.finding().summary());
    Browser.submit(browser, browser.findElement(By.id("resolve")));
    assertThat(browser.findElement(By.id("decision-problems")).getText()).contains("note");
    browser.findElement(By.id("resolve-note")).sendKeys("Account disabled in AD, ticket 4411");
    Browser.submit(browser, browser.findElement(By.id("resolve")));

    awaitStatus("Resolved");
    assertThat(browser.findElement(By.id("history")).getText())
        .contains("dpo")
        .contains("Resolve")
        .contains("Account disabled in AD, ticket 4411");
    assertThat(findings.get(target.key()).status()).isEqualTo(FindingStatus.RESOLVED);
    browser.get(url("/findings?rule=leaver-with-access"));
    assertThat(browser.findElement(By.id("finding-count")).getText())
        .isEqualTo((before - 1) + " findings");

    browser.get(url("/findings/one?key=" + target.key()));
    browser.findElement(By.id("reopen-note")).sendKeys("Still active in the HR feed");
    Browser.submit(browser, browser.findElement(By.id("reopen")));
    awaitStatus("Open");
  }

  @Test
  void aSuppliersRiskScoreIsExplainedOnItsPage() {
    PartyRisk top = findings.risks().get(0);
    Browser.signIn(browser, url(""), "auditor", PASSWORD);
    browser.get(url("/suppliers/risk"));
    assertThat(browser.findElement(By.cssSelector("#risks tbody tr")).getAttribute("data-party"))
        .isEqualTo(top.party());

    browser.get(url("/parties/" + top.party()));

    assertThat(browser.findElement(By.id("risk-score")).getText())
        .isEqualTo(String.valueOf(top.score()));
    assertThat(browser.findElements(By.cssSelector("#risk-contributions li")))
        .hasSize(top.contributions().size());
    browser.get(url("/findings/one?key=" + findings.list(FindingFilter.ALL).get(0).key()));
    assertThat(browser.findElements(By.id("resolve-form"))).isEmpty();
  }

  /** The status after a decision: the form posts and redirects, so the old page may still show. */
  private void awaitStatus(String status) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("status"), status));
  }
}
