package uk.warden.app.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.Role;
import uk.warden.app.disclosure.Decision;
import uk.warden.app.disclosure.RecordedInspection;
import uk.warden.app.disclosure.ReleaseDecision;
import uk.warden.app.disclosure.ReleaseService;
import uk.warden.app.disclosure.ReleaseStatus;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.testing.Browser;
import uk.warden.app.testing.Databases;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Verdict;

/**
 * The disclosure pages in a real headless Chromium: a file uploaded through the page, its report,
 * and the release decision by two different people who each sign in; and a blocked file that offers
 * no way to approve it. What the pages show is checked against what the services recorded.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureBrowserTests {

  private static final String PASSWORD = "browser-" + UUID.randomUUID();

  /** An FOI answer of counts: nothing in it that should stop it. */
  private static final byte[] FOI_ANSWER =
      "Year,Requests,Answered in time\n2023,412,377\n2024,398,371\n2025,455,430\n"
          .getBytes(StandardCharsets.UTF_8);

  /** Bytes no reader can read: uninspectable, so BLOCK, whichever readers the engine has. */
  private static final byte[] UNREADABLE = {0, 1, 2, 3, 'x', 'l', 's', 0, 9, 9};

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Databases.h2AppUrl("disclosure-browser"));
    // Small limits, so an oversized upload is cheap to send through a real server: MockMvc does
    // not apply them.
    registry.add("spring.servlet.multipart.max-file-size", () -> "1MB");
    registry.add("spring.servlet.multipart.max-request-size", () -> "1MB");
  }

  @LocalServerPort int port;
  @Autowired AccountService accounts;
  @Autowired ReleaseService releases;

  private ChromeDriver browser;
  private Path files;
  private final String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);
  private final String bob = "bob-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  void setUp(@TempDir Path profile, @TempDir Path uploads) {
    browser = Browser.start(profile);
    files = uploads;
    accounts.createUser(alice, Role.DPO, PASSWORD);
    accounts.createUser(bob, Role.ADMIN, PASSWORD);
  }

  @AfterAll
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anOversizedUploadIsAProblemAndNothingIsRecorded() throws Exception {
    String token = accounts.createToken(alice, "oversize", null).secret();
    long before = releases.inspections(null, new PageRequest(1, 1)).total();
    String boundary = "warden" + UUID.randomUUID();
    byte[] big = new byte[1_500_000];
    java.util.Arrays.fill(big, (byte) 'a');
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/inspections")))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, big, tail)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(releases.inspections(null, new PageRequest(1, 1)).total()).isEqualTo(before);
  }

  @Test
  void aFileUploadedThroughThePageIsReleasableOnlyAfterTwoPeopleApproveIt() throws IOException {
    Path answer = Files.write(files.resolve("foi-2026-0113.csv"), FOI_ANSWER);
    signIn(alice);
    Browser.submit(browser, browser.findElement(By.linkText("Disclosures")));
    browser.findElement(By.id("file")).sendKeys(answer.toString());
    browser.findElement(By.id("expect-aggregate")).click();
    Browser.submit(browser, browser.findElement(By.id("inspect")));

    long id = inspectedId();
    RecordedInspection recorded = releases.inspection(id);
    FileReport report = recorded.report();
    assertThat(report.verdict())
        .as("the fixture must be releasable at all")
        .isNotEqualTo(Verdict.BLOCK);
    assertThat(recorded.inspectedBy()).isEqualTo(alice);
    assertThat(recorded.expectation()).isEqualTo(Expectation.AGGREGATE);
    assertThat(text("file-name")).isEqualTo("foi-2026-0113.csv");
    assertThat(browser.findElement(By.cssSelector("#verdict-banner .govuk-tag")).getText())
        .isEqualTo(report.verdict().name());
    assertThat(browser.findElements(By.cssSelector("#findings tbody tr")))
        .hasSize(report.findings().size());
    assertThat(text("people")).isEqualTo(String.valueOf(report.people()));
    assertThat(text("sha256")).isEqualTo(recorded.sha256());
    assertThat(statusTag()).isEqualTo("PENDING");
    assertThat(text("no-decisions")).isEqualTo("No one has decided yet.");
    Browser.screenshot(browser, "disclosure-inspected");

    approve("the figures are counts only, nobody named");

    assertThat(text("decision-message")).contains("one more approval");
    assertThat(statusTag()).isEqualTo("PENDING");
    assertThat(browser.findElements(By.id("approve"))).as("a second approval by alice").isEmpty();
    assertThat(browser.findElement(By.id("reject")).isDisplayed()).isTrue();

    Browser.submit(browser, browser.findElement(By.id("sign-out")));
    assertThat(browser.getCurrentUrl()).isEqualTo(url("/login?signedOut"));
    signIn(bob);
    browser.get(url("/disclosures/" + id));
    approve("checked again: totals only, safe to publish");

    assertThat(statusTag()).isEqualTo("RELEASABLE");
    assertThat(text("decision-message")).contains("releasable");
    assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
    assertThat(cells(browser.findElements(By.cssSelector("#decisions tbody tr"))))
        .containsExactly("APPROVE | " + alice, "APPROVE | " + bob);
    assertThat(releases.inspection(id).status()).isEqualTo(ReleaseStatus.RELEASABLE);
    assertThat(releases.inspection(id).decisions())
        .extracting(ReleaseDecision::decidedBy, ReleaseDecision::decision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(alice, Decision.APPROVE),
            org.assertj.core.groups.Tuple.tuple(bob, Decision.APPROVE));
    Browser.screenshot(browser, "disclosure-releasable");

    Browser.submit(browser, browser.findElement(By.linkText("Disclosures")));
    assertThat(
            browser.findElement(By.cssSelector("#inspection-" + id + " td:nth-child(3)")).getText())
        .isEqualTo("RELEASABLE");
  }

  @Test
  void aBlockedFileSaysToSanitiseItAndOffersNoApproval() throws IOException {
    Path blob = Files.write(files.resolve("workforce.xls"), UNREADABLE);
    signIn(bob);
    browser.get(url("/disclosures"));
    browser.findElement(By.id("file")).sendKeys(blob.toString());
    Browser.submit(browser, browser.findElement(By.id("inspect")));

    long id = inspectedId();
    assertThat(releases.inspection(id).status()).isEqualTo(ReleaseStatus.BLOCKED);
    assertThat(browser.findElement(By.cssSelector("#verdict-banner .govuk-tag")).getText())
        .isEqualTo("BLOCK");
    assertThat(statusTag()).isEqualTo("BLOCKED");
    assertThat(text("blocked-advice")).contains("Sanitise it").contains("inspect the new file");
    assertThat(browser.findElements(By.id("approve"))).isEmpty();
    assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
    List<WebElement> findings = browser.findElements(By.cssSelector("#findings tbody tr"));
    assertThat(findings).hasSize(releases.inspection(id).report().findings().size());
    assertThat(findings.get(0).findElements(By.tagName("td")).get(1).getText())
        .isEqualTo(HiddenContent.UNINSPECTABLE.description());
    Browser.screenshot(browser, "disclosure-blocked");
  }

  private void approve(String reason) {
    browser.findElement(By.id("reason")).sendKeys(reason);
    Browser.submit(browser, browser.findElement(By.id("approve")));
  }

  private String statusTag() {
    return browser.findElement(By.cssSelector("#summary .govuk-tag")).getText();
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static List<String> cells(List<WebElement> rows) {
    return rows.stream()
        .map(
            r -> {
              List<WebElement> cells = r.findElements(By.tagName("td"));
              return cells.get(0).getText() + " | " + cells.get(1).getText();
            })
        .toList();
  }

  private void signIn(String username) {
    Browser.signIn(browser, url(""), username, PASSWORD);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** The inspection the upload went to, once the browser has followed the redirect to it. */
  private long inspectedId() {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlMatches(".*/disclosures/\\d+$"));
    return Long.parseLong(browser.getCurrentUrl().replaceAll(".*/disclosures/", ""));
  }
}
