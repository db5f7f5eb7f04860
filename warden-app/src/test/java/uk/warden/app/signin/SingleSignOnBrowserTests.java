package uk.warden.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import uk.warden.app.testing.Browser;
import uk.warden.app.testing.Databases;
import uk.warden.app.testing.IdentityProvider;
import uk.warden.app.testing.IdentityProvider.Person;

/**
 * Single sign-on end to end in a real headless Chromium: Warden's sign-in page, the provider's
 * button, the provider's own login form (a real OpenID Connect provider started by the test, not a
 * mock), and back to Warden signed in with the role the {@code roles} claim maps to. A user with no
 * mapped role is refused; a local account still signs in with the form beside it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnBrowserTests {

  private static final String PASSWORD = "sso-" + UUID.randomUUID();
  private static final List<Person> PEOPLE =
      List.of(
          new Person("dana", PASSWORD, List.of("Warden.DPO", "Other.App")),
          new Person("alan", PASSWORD, List.of("Warden.Analyst")),
          new Person("nora", PASSWORD, List.of("Other.App")));

  private static IdentityProvider provider;

  /** Started here, before Warden, which reads the provider's discovery document as it starts. */
  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Databases.h2AppUrl("sso-browser"));
    registry.add("warden.oidc.issuer-uri", () -> provider().issuer());
    registry.add("warden.oidc.client-id", () -> IdentityProvider.CLIENT_ID);
    registry.add("warden.oidc.client-secret", () -> IdentityProvider.CLIENT_SECRET);
    registry.add("warden.oidc.provider-name", () -> "Force ID");
    registry.add("warden.oidc.role-map[Warden.DPO]", () -> "DPO");
    registry.add("warden.oidc.role-map[Warden.Analyst]", () -> "ANALYST");
    // As behind a TLS-terminating proxy on the same host: X-Forwarded-Proto says https.
    registry.add("server.forward-headers-strategy", () -> "native");
  }

  private static synchronized IdentityProvider provider() {
    if (provider == null) {
      provider = IdentityProvider.start(PEOPLE);
    }
    return provider;
  }

  @LocalServerPort int port;
  @Autowired AccountService accounts;

  private ChromeDriver browser;

  @BeforeAll
  void setUp(@TempDir Path profile) {
    browser = Browser.start(profile);
    accounts.createUser("local-admin", Role.ADMIN, PASSWORD);
  }

  @AfterAll
  void tearDown() {
    if (browser != null) {
      browser.quit();
    }
    if (provider != null) {
      provider.close();
    }
  }

  @BeforeEach
  void signedOutEverywhere() {
    // Both sites' cookies: Warden's session and the provider's own.
    browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  @Test
  void aDpoSignsInThroughTheProviderAndMayWrite() {
    signInWithProvider("dana");

    assertThat(browser.getCurrentUrl()).isEqualTo(warden("/"));
    assertThat(browser.findElement(By.cssSelector(".warden-user span")).getText())
        .isEqualTo("dana@force.example");
    browser.get(warden("/reviews"));
    assertThat(browser.findElements(By.id("start-review"))).hasSize(1);
    Browser.screenshot(browser, "sso-dpo");
  }

  @Test
  void anAnalystSignsInThroughTheProviderAndMayOnlyRead() {
    signInWithProvider("alan");

    assertThat(browser.getCurrentUrl()).isEqualTo(warden("/"));
    browser.get(warden("/reviews"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    // Read from the page rather than waited for: an absent element would cost the implicit wait.
    assertThat(browser.getPageSource()).doesNotContain("start-review");
  }

  @Test
  void aUserWhoseClaimsMapToNoRoleIsRefused() {
    signInWithProvider("nora");

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlToBe(warden("/login?refused")));
    assertThat(browser.findElement(By.id("sso-refused")).getText())
        .contains("You have no Warden role")
        .contains("Force ID signed you in, but gave you no role that Warden knows");
    browser.get(warden("/"));
    assertThat(browser.getCurrentUrl()).isEqualTo(warden("/login"));
  }

  @Test
  void aLocalAccountStillSignsInWithTheForm() {
    browser.get(warden("/login"));
    assertThat(browser.findElement(By.id("sign-in-sso")).getText())
        .isEqualTo("Sign in with Force ID");

    Browser.signIn(browser, warden(""), "local-admin", PASSWORD);

    assertThat(browser.findElement(By.cssSelector(".warden-user span")).getText())
        .isEqualTo("local-admin");
    Browser.screenshot(browser, "sso-sign-in-page");
  }

  @Test
  void theSessionCookieIsHttpOnlyLaxAndSecureOnlyOverTls() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<Void> plain =
        http.send(
            HttpRequest.newBuilder(URI.create(warden("/login"))).build(),
            HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> overTls =
        http.send(
            HttpRequest.newBuilder(URI.create(warden("/login")))
                .header("X-Forwarded-Proto", "https")
                .build(),
            HttpResponse.BodyHandlers.discarding());

    assertThat(plain.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            c ->
                assertThat(c)
                    .contains("HttpOnly")
                    .contains("SameSite=Lax")
                    .doesNotContain("Secure"));
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(overTls.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).contains("HttpOnly").contains("Secure"));
    assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("max-age="));
  }

  /** Warden's button, then the provider's own login form, and wait until back at Warden. */
  private void signInWithProvider(String username) {
    browser.get(warden("/login"));
    Browser.submit(browser, browser.findElement(By.id("sign-in-sso")));
    assertThat(browser.getCurrentUrl()).startsWith(provider.issuer() + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    Browser.submit(browser, browser.findElement(By.cssSelector("button[type=submit]")));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("127.0.0.1:" + port + "/"));
  }

  private String warden(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
