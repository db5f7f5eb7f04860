package uk.warden.app.breach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.Role;
import uk.warden.app.breach.BreachService;
import uk.warden.app.breach.DeclaredIncident;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.custody.PartyHoldings;
import uk.warden.app.demo.DemoService;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.WebTimes;
import uk.warden.app.register.RegisterService;
import uk.warden.app.testing.Browser;
import uk.warden.app.testing.Databases;
import uk.warden.core.breach.Deadline;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.Incident;
import uk.warden.core.register.Party;

/**
 * The breach pages in a real headless Chromium, over the demo force with its three years of custody
 * and its Kestrel incident. Every figure a page shows is checked against what the services compute,
 * so a page that drifted from the engine fails here.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreachBrowserTests {

  private static final String PASSWORD = "browser-" + UUID.randomUUID();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Databases.h2AppUrl("breach-browser"));
  }

  @LocalServerPort int port;
  @Autowired DemoService demo;
  @Autowired AccountService accounts;
  @Autowired BreachService breaches;
  @Autowired CustodyService custody;
  @Autowired RegisterService register;
  @Autowired ForceSettings force;
  @Autowired WebTimes times;

  private ChromeDriver browser;
  private Incident kestrel;

  @BeforeAll
  void setUp(@TempDir Path profile) {
    browser = Browser.start(profile);
    if (demo.isEmpty()) {
      demo.load(1_500, 7);
      accounts.createUser("dpo", Role.DPO, PASSWORD);
    }
    kestrel =
        breaches.incidents().stream()
            .filter(d -> d.declaredBy().equals("demo"))
            .map(DeclaredIncident::incident)
            .findFirst()
            .orElseThrow();
  }

  @AfterAll
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theDashboardLeadsToTheDemoIncidentWithTheAssessedCasesTheDeadlineAndItsPdf()
      throws Exception {
    Instant due = kestrel.awareAt().plus(Deadline.ICO_DEADLINE);
    long hoursLeftBefore = Duration.between(Instant.now(), due).toHours();
    signIn();

    Browser.submit(
        browser,
        browser.findElement(
            By.cssSelector("#dashboard-incidents a[href$='/incidents/" + kestrel.id() + "']")));

    assertThat(browser.getCurrentUrl()).isEqualTo(url("/incidents/" + kestrel.id()));
    assertThat(browser.findElement(By.id("incident-title")).getText()).isEqualTo(kestrel.title());
    Impact impact = breaches.assess(kestrel.id()).impact();
    int worst = impact.worstCase().exposed().size();
    int best = impact.bestCase().exposed().size();
    assertThat(worst).as("the demo incident exposes people").isPositive();
    assertThat(browser.findElement(By.id("worst-people")).getText()).isEqualTo(count(worst));
    assertThat(browser.findElement(By.id("best-people")).getText()).isEqualTo(count(best));
    String deadline = browser.findElement(By.id("deadline")).getText();
    long hoursLeftAfter = Duration.between(Instant.now(), due).toHours();
    assertThat(deadline).contains("Report to the ICO by " + times.format(due) + ": ");
    long hoursLeft = Long.parseLong(deadline.replaceAll("(?s).*: (-?\\d+) hours left.*", "$1"));
    assertThat(hoursLeft).isBetween(hoursLeftAfter, hoursLeftBefore);
    Browser.screenshot(browser, "incident");

    HttpResponse<byte[]> pdf = fetch(browser.findElement(By.id("report-pdf")));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdfText(pdf.body()))
        .contains(kestrel.id())
        .containsPattern("People exposed\\s+" + count(worst) + "\\s+" + count(best));
  }

  @Test
  void anIncidentDeclaredThroughTheFormIsListedAndItsPageShowsItsAssessment() {
    LocalDateTime now = LocalDateTime.now(force.zone()).truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime from = now.minusDays(40);
    LocalDateTime to = now.minusDays(39);
    LocalDateTime aware = now.minusHours(2);
    Party party = heldDuring(from, to);
    String title = "Laptop stolen from " + party.code() + " " + UUID.randomUUID();
    signIn();
    browser.get(url("/incidents"));

    browser.findElement(By.id("title")).sendKeys(title);
    new Select(browser.findElement(By.id("parties"))).selectByValue(party.code());
    new Select(browser.findElement(By.id("type"))).selectByValue("CONFIDENTIALITY");
    dateTime("from", from);
    dateTime("to", to);
    dateTime("awareAt", aware);
    Browser.submit(
        browser, browser.findElement(By.cssSelector("#declare-form button[type=submit]")));

    assertThat(browser.findElement(By.id("incident-title")).getText()).isEqualTo(title);
    String id = browser.getCurrentUrl().replaceAll(".*/incidents/", "");
    Incident declared = breaches.incident(id).incident();
    assertThat(declared.title()).isEqualTo(title);
    assertThat(declared.parties()).containsExactly(party.code());
    assertThat(declared.window().from()).isEqualTo(from.atZone(force.zone()).toInstant());
    assertThat(declared.window().to()).isEqualTo(to.atZone(force.zone()).toInstant());
    assertThat(declared.awareAt()).isEqualTo(aware.atZone(force.zone()).toInstant());

    browser.get(url("/incidents"));
    Browser.submit(browser, browser.findElement(By.linkText(id + ": " + title)));

    assertThat(browser.getCurrentUrl()).isEqualTo(url("/incidents/" + id));
    int exposed = breaches.assess(id).impact().worstCase().exposed().size();
    assertThat(exposed).isPositive();
    assertThat(browser.findElement(By.id("worst-people")).getText()).isEqualTo(count(exposed));
    assertThat(browser.findElement(By.cssSelector("#cases thead")).getText())
        .contains("Exposed")
        .doesNotContain("Best case");
    assertThat(browser.findElement(By.id("deadline")).getText())
        .contains(times.format(declared.awareAt().plus(Deadline.ICO_DEADLINE)));
  }

  @Test
  void thePartyPageShowsWhatTheCustodyLedgerSaysItHolds() {
    String code = kestrel.parties().iterator().next();
    PartyHoldings holdings = custody.holdings(code, null);
    assertThat(holdings.people()).as("the card maker holds the workforce").isPositive();
    signIn();

    browser.get(url("/parties/" + code));

    assertThat(browser.findElement(By.id("held-people")).getText())
        .isEqualTo(count(holdings.people()));
    assertThat(browser.findElement(By.id("held-overdue")).getText())
        .isEqualTo(count(holdings.overdue()));
    assertThat(browser.findElement(By.id("held-high-risk")).getText())
        .isEqualTo(count(holdings.highRiskPeople()));
    List<String> rows =
        browser.findElements(By.cssSelector("#held-categories tbody tr")).stream()
            .map(BreachBrowserTests::cells)
            .toList();
    assertThat(rows)
        .containsExactlyElementsOf(
            holdings.categories().stream().map(c -> c.name() + " | " + count(c.people())).toList());
    Browser.screenshot(browser, "party-holdings");
  }

  /** A party other than the card maker that held someone throughout the window. */
  private Party heldDuring(LocalDateTime from, LocalDateTime to) {
    Instant start = from.atZone(force.zone()).toInstant();
    Instant end = to.atZone(force.zone()).toInstant();
    return register.parties().stream()
        .filter(p -> !kestrel.parties().contains(p.code()))
        .filter(
            p ->
                breaches
                        .assessParty(p.code(), start, end, null)
                        .impact()
                        .worstCase()
                        .exposed()
                        .size()
                    > 0)
        .findFirst()
        .orElseThrow();
  }

  /** Sets a datetime-local field as a date picker would; typing into one depends on the locale. */
  private void dateTime(String id, LocalDateTime at) {
    browser.executeScript(
        "arguments[0].value = arguments[1];", browser.findElement(By.id(id)), at.toString());
  }

  /** Downloads what a link points at, as the signed-in browser would. */
  private HttpResponse<byte[]> fetch(WebElement link) throws IOException, InterruptedException {
    String cookies =
        browser.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
            .header("Cookie", cookies)
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String cells(WebElement row) {
    List<WebElement> cells = row.findElements(By.tagName("td"));
    return cells.get(0).getText() + " | " + cells.get(2).getText();
  }

  private static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  private void signIn() {
    Browser.signIn(browser, url(""), "dpo", PASSWORD);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
