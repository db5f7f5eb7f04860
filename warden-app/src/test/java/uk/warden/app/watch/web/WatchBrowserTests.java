package uk.warden.app.watch.web;

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
import uk.warden.app.account.AccountService;
import uk.warden.app.account.Role;
import uk.warden.app.breach.BreachService;
import uk.warden.app.demo.DemoService;
import uk.warden.app.testing.Browser;
import uk.warden.app.testing.Databases;
import uk.warden.app.watch.Explanation;
import uk.warden.app.watch.MigrationReport;
import uk.warden.app.watch.Migrations;
import uk.warden.app.watch.WatchFinding;
import uk.warden.app.watch.WatchService;
import uk.warden.core.breach.BreachType;
import uk.warden.synth.watch.DemoVolumes;

/**
 * The watch pages in a real headless Chromium over the demo force: from the dashboard to the body-
 * worn video store's loss, what its migration's manifests say is missing, and the loss raised as an
 * availability incident. Every figure shown is checked against the services.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchBrowserTests {

  private static final String PASSWORD = "browser-" + UUID.randomUUID();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Databases.h2AppUrl("watch-browser"));
  }

  @LocalServerPort int port;
  @Autowired DemoService demo;
  @Autowired AccountService accounts;
  @Autowired WatchService watch;
  @Autowired Migrations migrations;
  @Autowired BreachService breaches;

  private ChromeDriver browser;

  @BeforeAll
  void setUp(@TempDir Path profile) {
    browser = Browser.start(profile);
    if (demo.isEmpty()) {
      demo.load(1_500, 7);
      accounts.createUser("dpo", Role.DPO, PASSWORD);
      accounts.createUser("analyst", Role.ANALYST, PASSWORD);
    }
  }

  @AfterAll
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theDashboardLeadsToTheBodyWornVideoLossAndWhatItsMigrationLost() throws Exception {
    WatchFinding loss = bwvLoss();
    Explanation migration = migrations.migration(loss.migrationId());
    MigrationReport report = migrations.report(migration.id());
    signIn("dpo");

    Browser.submit(
        browser,
        browser.findElement(
            By.cssSelector("#dashboard-watch a[href$='/watch/systems/bwv-evidence']")));

    assertThat(browser.getCurrentUrl()).endsWith("/watch/systems/bwv-evidence");
    WebElement row =
        browser.findElement(By.cssSelector("#losses tr[data-finding='" + loss.id() + "']"));
    assertThat(row.getText())
        .contains(String.format("%,d", loss.objects()))
        .contains("sudden")
        .contains("HIGH")
        .contains("during migration " + migration.id());
    String points =
        browser.findElement(By.cssSelector("#series-chart polyline")).getAttribute("points");
    assertThat(points.split(" ")).hasSize(365);
    assertThat(browser.findElements(By.cssSelector("#series-chart .warden-series__loss")))
        .hasSize(1);
    assertThat(report.missing()).isEqualTo(DemoVolumes.BWV_LOST);
    assertThat(browser.findElement(By.id("missing-" + migration.id())).getText())
        .contains(String.format("%,d objects did not arrive", DemoVolumes.BWV_LOST))
        .contains(String.format("from %,d cases", report.cases().size()));
    List<WebElement> cases =
        browser.findElements(By.cssSelector("#cases-" + migration.id() + " tbody tr"));
    assertThat(cases).hasSize(Math.min(25, report.cases().size()));
    assertThat(cases.get(0).getText())
        .contains(report.cases().get(0).caseRef())
        .contains(String.format("%,d", report.cases().get(0).objects()));

    String csv =
        Browser.downloadCsv(
            browser,
            browser.findElement(By.id("missing-csv-" + migration.id())).getAttribute("href"));
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("case,path,size,sha256");
    assertThat(lines).hasSize(DemoVolumes.BWV_LOST + 1);
  }

  @Test
  void aLossIsRaisedAsAnAvailabilityIncidentFromItsPage() {
    WatchFinding loss =
        watch.openFindings().stream()
            .filter(f -> f.system().equals(DemoVolumes.BACKUPS))
            .findFirst()
            .orElseThrow();
    signIn("dpo");
    browser.get(url("/watch/systems/" + DemoVolumes.BACKUPS));

    Browser.submit(
        browser,
        browser.findElement(By.cssSelector("tr[data-finding='" + loss.id() + "'] button")));

    String incidentId = watch.finding(loss.id()).incidentId();
    assertThat(incidentId).isNotNull();
    assertThat(browser.getCurrentUrl()).endsWith("/incidents/" + incidentId);
    assertThat(breaches.incident(incidentId).incident().type()).isEqualTo(BreachType.AVAILABILITY);
    assertThat(breaches.incident(incidentId).incident().systems())
        .containsExactly(DemoVolumes.BACKUPS);
    browser.get(url("/watch/systems/" + DemoVolumes.BACKUPS));
    assertThat(
            browser.findElement(By.cssSelector("tr[data-finding='" + loss.id() + "']")).getText())
        .contains("Incident " + incidentId);
  }

  @Test
  void anAnalystSeesTheLossesButCannotRaiseThem() {
    signIn("analyst");
    browser.get(url("/watch"));

    assertThat(browser.findElement(By.id("open-losses")).getText()).contains("bwv-evidence");
    browser.get(url("/watch/systems/bwv-evidence"));
    assertThat(browser.findElements(By.cssSelector("#losses button"))).isEmpty();
  }

  private WatchFinding bwvLoss() {
    return watch.system(DemoVolumes.BWV).findings().stream()
        .filter(f -> f.migrationId() != null)
        .findFirst()
        .orElseThrow();
  }

  private void signIn(String user) {
    Browser.signIn(browser, url(""), user, PASSWORD);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
