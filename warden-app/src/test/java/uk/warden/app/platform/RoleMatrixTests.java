package uk.warden.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Endpoints;
import uk.warden.app.testing.Endpoints.Endpoint;
import uk.warden.app.testing.Holder;

/**
 * The role × action matrix, enforced: every API endpoint and every page and form, as every role and
 * as an analyst with the names grant, is allowed or refused exactly as {@code Action} says.
 * "Allowed" means the security rules let the request through (whatever the handler then makes of a
 * made-up id); "refused" means 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTests extends ApiTestSupport {

  private static final AtomicInteger CASES = new AtomicInteger();

  private final Map<Holder, String> tokens = new HashMap<>();

  @BeforeAll
  void aTokenForEachHolder() {
    for (Holder holder : Holder.ALL) {
      String name = unique("matrix-" + holder.role());
      accounts.createUser(name, holder.role(), "a long enough password");
      if (holder.seesNames()) {
        nameGrants.grant(name);
      }
      tokens.put(holder, accounts.createToken(name, "matrix", null).secret());
    }
  }

  @AfterAll
  static void sayHowMany() {
    System.out.println(CASES.get() + " role-matrix cases tried");
  }

  static Stream<Arguments> apiCases() {
    return Endpoints.API.stream().flatMap(e -> Holder.ALL.stream().map(h -> Arguments.of(e, h)));
  }

  static Stream<Arguments> webCases() {
    return Endpoints.WEB.stream().flatMap(e -> Holder.ALL.stream().map(h -> Arguments.of(e, h)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("apiCases")
  void theApiFollowsTheMatrix(Endpoint endpoint, Holder holder) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                request(endpoint.method(), endpoint.path())
                    .with(bearer(tokens.get(holder)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}"))
            .andReturn()
            .getResponse();

    if (holder.may(endpoint.action())) {
      assertThat(response.getStatus())
          .as(endpoint + " as " + holder)
          .isNotIn(401, 403)
          .isLessThan(500);
    } else {
      assertThat(response.getStatus()).as(endpoint + " as " + holder).isEqualTo(403);
      assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      assertThat(response.getContentAsString()).contains("\"title\":\"Forbidden\"");
    }
    CASES.incrementAndGet();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("webCases")
  void thePagesFollowTheMatrix(Endpoint endpoint, Holder holder) throws Exception {
    var request = request(endpoint.method(), endpoint.path()).with(holder.session());
    if (endpoint.method() == HttpMethod.POST) {
      request.with(csrf());
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

    if (endpoint.action() == null) {
      assertThat(response.getStatus()).as(endpoint + " as " + holder).isNotIn(401, 403);
    } else if (holder.may(endpoint.action())) {
      assertThat(response.getStatus())
          .as(endpoint + " as " + holder)
          .isNotIn(401, 403)
          .isLessThan(500);
      assertThat(response.getRedirectedUrl()).as(endpoint + " as " + holder).isNotEqualTo("/login");
    } else {
      assertThat(response.getStatus()).as(endpoint + " as " + holder).isEqualTo(403);
    }
    CASES.incrementAndGet();
  }

  /** The walk of pages must not fall behind them: every mapped page has a case in it. */
  @Test
  void theWalkCoversEveryMappedPage(
      @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
    assertThat(Endpoints.missingFrom(Endpoints.WEB, mappings, p -> !p.startsWith("/api/")))
        .as("pages missing from Endpoints.WEB")
        .isEmpty();
  }
}
