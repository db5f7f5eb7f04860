package uk.warden.app.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Endpoints;
import uk.warden.app.testing.Endpoints.Endpoint;

/**
 * Every page and form without signing in goes to the sign-in page and shows nothing. (Every API
 * endpoint without a token is {@code ApiSecurityTests}.) Forms carry a valid CSRF token here, so
 * what stops them is the missing sign-in, not the CSRF check.
 */
class SignedOutAttackTests extends ApiTestSupport {

  private static final AttackTally TALLY = new AttackTally("pages and forms signed out");

  static Stream<Endpoint> everyPageThatNeedsASignIn() {
    return Endpoints.WEB.stream().filter(e -> e.action() != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPageThatNeedsASignIn")
  void goesToTheSignInPage(Endpoint endpoint) throws Exception {
    var request = request(endpoint.method(), endpoint.path());
    if (endpoint.method() == HttpMethod.POST) {
      request.with(csrf());
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

    if (endpoint.path().equals("/logout")) {
      // Signing out when not signed in has nothing to end: it lands on the sign-in page too.
      assertThat(response.getRedirectedUrl()).startsWith("/login");
    } else {
      assertThat(response.getStatus()).isEqualTo(302);
      assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }
    assertThat(response.getContentAsString()).isEmpty();
    TALLY.tried();
  }

  @AfterAll
  static void sayHowMany() {
    TALLY.report();
  }
}
