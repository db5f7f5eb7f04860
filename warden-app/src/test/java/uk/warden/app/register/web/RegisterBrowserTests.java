package uk.warden.app.register.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.Role;
import uk.warden.app.demo.DemoService;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.RegisterService;
import uk.warden.app.testing.Browser;
import uk.warden.app.testing.Databases;

/** Sign-in, the dashboard, a search and a detail page, in a real headless Chromium. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterBrowserTests {

  private static final String PASSWORD = "browser-" + UUID.randomUUID();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Databases.h2AppUrl("browser"));
  }

  @LocalServerPort int port;
  @Autowired DemoService demo;
  @Autowired AccountService accounts;
  @Autowired RegisterService register;

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

  @Test
  void signedOutVisitorIsSentToSignIn() {
    browser.manage().deleteAllCookies();
    browser.get(url("/people"));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to Warden");
  }

  @Test
  void wrongPasswordIsRefusedWithAMessage() {
    browser.manage().deleteAllCookies();
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys("dpo");
    browser.findElement(By.id("password")).sendKeys("not the password");
    Browser.submit(browser, browser.findElement(By.id("sign-in")));
    assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
        .contains("The user name or password is wrong");
  }

  @Test
  void signInShowsDashboardWithTheForce() {
    signIn();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
    assertThat(browser.findElement(By.cssSelector("#count-people .warden-card__count")).getText())
        .isEqualTo("1,500");
    String topParties = browser.findElement(By.id("top-parties")).getText();
    assertThat(topParties).contains("Yes");
    Browser.screenshot(browser, "dashboard");
  }

  @Test
  void searchFindsAPersonAndTheirPageShowsWhereTheirDataIs() {
    var someone = register.searchPeople(PersonFilter.ALL, PageRequest.of(1, 1)).items().get(0);
    signIn();
    browser.get(url("/people"));
    browser.findElement(By.id("q")).sendKeys(someone.payNumber());
    Browser.submit(browser, browser.findElement(By.id("search")));
    assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("1 person");
    Browser.submit(browser, browser.findElement(By.linkText(someone.payNumber())));
    // The force asks why before a person's record opens, then goes on to it.
    browser.findElement(By.id("reason")).sendKeys("Enquiry 26/1234");
    Browser.submit(browser, browser.findElement(By.id("give-reason")));
    assertThat(browser.findElement(By.id("person-name")).getText())
        .isEqualTo(someone.displayName());
    assertThat(browser.findElement(By.id("locations")).getText()).isNotBlank();
    Browser.screenshot(browser, "person");
  }

  @Test
  void anAuditorFindsWhoOpenedARecordAndWhyAndTheChainHolds() {
    var someone = register.searchPeople(PersonFilter.ALL, PageRequest.of(2, 1)).items().get(0);
    signIn();
    assertThat(browser.findElements(By.linkText("Audit log")))
        .as("the DPO reads the audit log")
        .isNotEmpty();
    browser.get(url("/people/" + someone.payNumber()));
    assertThat(browser.getCurrentUrl()).contains("/reason?");
    Browser.submit(browser, browser.findElement(By.id("give-reason")));
    assertThat(browser.findElement(By.id("reason-error")).getText()).contains("Say why");
    browser.findElement(By.id("reason")).sendKeys("<b>Complaint</b> 26/981");
    Browser.submit(browser, browser.findElement(By.id("give-reason")));
    assertThat(browser.findElement(By.id("person-name")).getText())
        .isEqualTo(someone.displayName());

    Browser.signIn(browser, url(""), "auditor", PASSWORD);
    Browser.submit(browser, browser.findElement(By.linkText("Audit log")));
    browser.findElement(By.id("record")).sendKeys("person:" + someone.payNumber());
    Browser.submit(browser, browser.findElement(By.id("apply-filter")));
    String rows = browser.findElement(By.id("entries")).getText();
    assertThat(rows)
        .contains("dpo (DPO)")
        .contains("person.view")
        .contains("<b>Complaint</b> 26/981")
        .contains("REFUSED");
    Browser.screenshot(browser, "audit-log");
    Browser.submit(browser, browser.findElement(By.id("verify-link")));
    assertThat(browser.findElement(By.id("chain-intact")).getText()).contains("The chain holds");

    browser.get(url("/reason?action=x&next=https://evil.example/"));
    assertThat(browser.findElement(By.name("next")).getAttribute("value")).isEqualTo("/");
  }

  @Test
  void partyPageShowsWhatThePartyCanReach() {
    signIn();
    browser.get(url("/parties"));
    Browser.submit(browser, browser.findElement(By.cssSelector("#parties tbody tr a")));
    assertThat(browser.findElement(By.id("party-name")).getText()).isNotBlank();
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Assurance", "people reachable");
  }

  private void signIn() {
    Browser.signIn(browser, url(""), "dpo", PASSWORD);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
