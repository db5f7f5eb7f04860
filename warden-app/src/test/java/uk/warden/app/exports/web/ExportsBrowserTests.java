package uk.warden.app.exports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.Role;
import uk.warden.app.demo.DemoService;
import uk.warden.app.exports.ExportService;
import uk.warden.app.exports.ExtractStatus;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.RegisterService;
import uk.warden.app.testing.Browser;
import uk.warden.app.testing.Databases;

/**
 * Governed exports in a real headless Chromium over the demo force: an agreement's extract rules
 * edited on its page; an extract held because of what it holds, refused a note-less refusal,
 * approved by a second person, downloaded and traced back to itself as a breach signal; a file made
 * elsewhere blocked and kept on the agreement's page; and an auditor who sees no forms.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsBrowserTests {

  private static final String PASSWORD = "browser-" + UUID.randomUUID();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Databases.h2AppUrl("exports-browser"));
  }

  @LocalServerPort int port;
  @Autowired DemoService demo;
  @Autowired AccountService accounts;
  @Autowired ExportService exports;
  @Autowired RegisterService register;

  private ChromeDriver browser;
  private Path files;
  private final String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);
  private final String bob = "bob-" + UUID.randomUUID().toString().substring(0, 8);
  private final String auditor = "auditor-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  void setUp(@TempDir Path profile, @TempDir Path uploads) {
    browser = Browser.start(profile);
    files = uploads;
    if (demo.isEmpty()) {
      demo.load(1_500, 7);
    }
    accounts.createUser(alice, Role.DPO, PASSWORD);
    accounts.createUser(bob, Role.ADMIN, PASSWORD);
    accounts.createUser(auditor, Role.AUDITOR, PASSWORD);
  }

  @AfterAll
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAgreementsExtractRulesAreEditedOnItsPage() {
    signIn(alice);
    browser.get(url("/agreements/agr-payroll"));
    assertThat(text("extract-rules")).contains("states no extract rules");
    browser.findElement(By.id("edit-rules")).click();
    new Select(browser.findElement(By.id("rule-people"))).selectByValue("named");
    browser.findElement(By.id("rule-max")).sendKeys("none");
    browser.findElement(By.id("rule-extracts")).sendKeys("1");
    Browser.submit(browser, browser.findElement(By.id("save-rules")));
    assertThat(text("rules-problems"))
        .contains("maxPeople")
        .contains("must be a whole number")
        .contains("perDays");
    assertThat(register.agreement("agr-payroll").extracts()).isNull();

    browser.findElement(By.id("rule-max")).clear();
    browser.findElement(By.id("rule-max")).sendKeys("250");
    browser.findElement(By.id("rule-days")).sendKeys("28");
    browser.findElement(By.id("format-xlsx")).click();
    Browser.submit(browser, browser.findElement(By.id("save-rules")));
    assertThat(text("agreement-message")).contains("Extract rules saved");
    assertThat(text("extract-rules"))
        .contains("people named in each request, at most 250 people, 1 extract in 28 days")
        .contains("csv or xlsx");
    assertThat(register.agreement("agr-payroll").extracts().maxPeople()).isEqualTo(250);
  }

  @Test
  void anExtractAboveTheThresholdIsReleasedOnlyBySecondPersonAndTracedBackToItself()
      throws Exception {
    signIn(alice);
    Browser.submit(browser, browser.findElement(By.linkText("Exports")));
    new Select(browser.findElement(By.id("agreement"))).selectByValue("agr-id-cards");
    Browser.submit(browser, browser.findElement(By.id("make")));
    assertThat(text("extract-message")).contains("is held until a second person approves it");
    assertThat(text("approval-reasons")).contains("the high-risk combination");
    assertThat(text("own-held")).contains("a second, different person must approve it");
    assertThat(browser.findElements(By.id("approve"))).isEmpty();
    assertThat(browser.findElements(By.id("download"))).isEmpty();
    long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/exports/", ""));
    Browser.screenshot(browser, "export-held");

    signOut();
    signIn(bob);
    browser.get(url("/exports"));
    assertThat(text("held")).contains("Extract " + id);
    browser.get(url("/exports/" + id));
    Browser.submit(browser, browser.findElement(By.id("refuse")));
    assertThat(text("extract-problems")).contains("note").contains("is required");
    assertThat(exports.extract(id).status()).isEqualTo(ExtractStatus.HELD);
    Browser.submit(browser, browser.findElement(By.id("approve")));
    assertThat(text("extract-message")).contains("Approved: extract " + id + " is released");
    RecordedExtract released = exports.extract(id);
    assertThat(released.status()).isEqualTo(ExtractStatus.RELEASED);
    assertThat(released.decidedBy()).isEqualTo(bob);
    assertThat(text("extract-decision")).contains("by " + bob);
    assertThat(text("extract-transfer")).contains("Transfer " + released.transferId());
    Browser.screenshot(browser, "export-released");

    String csv =
        Browser.downloadCsv(browser, browser.findElement(By.id("download")).getAttribute("href"));
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("pay_number,surname,forenames");
    assertThat(csv.lines().count() - 1).isGreaterThan(released.people());

    Path leak = Files.writeString(files.resolve("found-on-a-forum.csv"), csv);
    browser.get(url("/exports"));
    browser.findElement(By.id("trace-file")).sendKeys(leak.toString());
    Browser.submit(browser, browser.findElement(By.id("trace")));
    assertThat(text("trace-verdict")).isEqualTo("TRACED");
    assertThat(text("trace-matches")).contains("Extract " + id);
    assertThat(text("breach-signal")).contains("extract " + id);
  }

  @Test
  void aFileMadeElsewhereThatBlocksIsKeptOnTheAgreementsPage() throws Exception {
    String pay =
        register.searchPeople(PersonFilter.ALL, PageRequest.of(1, 1)).items().get(0).payNumber();
    Path wide =
        Files.writeString(
            files.resolve("pensions-from-hr.csv"),
            "pay_number,surname,vetting_level\n" + pay + ",Smith,SC\n");
    signIn(alice);
    browser.get(url("/exports"));
    new Select(browser.findElement(By.id("check-agreement"))).selectByValue("agr-police-pensions");
    browser.findElement(By.id("check-file")).sendKeys(wide.toString());
    browser.findElement(By.id("record")).click();
    Browser.submit(browser, browser.findElement(By.id("check")));
    assertThat(text("check-verdict")).isEqualTo("BLOCK");
    assertThat(text("check-problems")).contains("COLUMN_NOT_PERMITTED");
    assertThat(browser.findElements(By.id("check-recorded"))).isEmpty();

    browser.get(url("/agreements/agr-police-pensions"));
    assertThat(text("extract-rules")).contains("people named in each request");
    assertThat(text("blocked-count")).containsPattern("\\d+ of \\d+ checks blocked");
    assertThat(text("agreement-checks"))
        .contains("pensions-from-hr.csv")
        .contains("COLUMN_NOT_PERMITTED");
  }

  @Test
  void anAuditorSeesExtractsButNoFormToMakeApproveOrEditThem() {
    signIn(auditor);
    browser.get(url("/exports"));
    assertThat(browser.findElements(By.id("make-form"))).isEmpty();
    assertThat(browser.findElements(By.id("check-form"))).isEmpty();
    assertThat(browser.findElements(By.id("trace-form"))).isEmpty();
    browser.get(url("/agreements/agr-id-cards"));
    assertThat(text("extract-rules")).contains("serving people");
    assertThat(browser.findElements(By.id("rules-form"))).isEmpty();
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private void signIn(String username) {
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, url(""), username, PASSWORD);
  }

  private void signOut() {
    Browser.submit(browser, browser.findElement(By.id("sign-out")));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
