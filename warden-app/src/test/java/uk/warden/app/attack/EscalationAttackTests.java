package uk.warden.app.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.HashMap;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Endpoints;
import uk.warden.app.testing.Endpoints.Endpoint;
import uk.warden.app.testing.Holder;

/**
 * A lesser role reaching for more: every write and every read its role lacks, through the API and
 * the pages, with the request dressed up as a higher role where a client could try that (a role
 * header, a role in the token request); another user's token; and changing one's own role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalationAttackTests extends ApiTestSupport {

  private static final AttackTally TALLY = new AttackTally("role escalation");

  private final Map<Holder, String> tokens = new HashMap<>();

  @BeforeAll
  void tokens() {
    for (Holder holder : Holder.ALL) {
      tokens.put(holder, holder.seesNames() ? tokenForAnalystWithNames() : tokenFor(holder.role()));
    }
  }

  /** Each holder with each API endpoint whose action the holder lacks. */
  static Stream<Arguments> apiReaches() {
    return Holder.ALL.stream()
        .flatMap(
            h ->
                Endpoints.API.stream()
                    .filter(e -> !h.may(e.action()))
                    .map(e -> Arguments.of(h, e)));
  }

  static Stream<Arguments> pageReaches() {
    return Holder.ALL.stream()
        .flatMap(
            h ->
                Endpoints.WEB.stream()
                    .filter(e -> e.action() != null && !h.may(e.action()))
                    .map(e -> Arguments.of(h, e)));
  }

  @ParameterizedTest(name = "{0} tries {1}")
  @MethodSource("apiReaches")
  void theApiRefusesWhatTheRoleLacksEvenWhenTheRequestClaimsMore(Holder holder, Endpoint e)
      throws Exception {
    int status =
        mvc.perform(
                request(e.method(), e.path())
                    .with(bearer(tokens.get(holder)))
                    .header("X-Warden-Role", "DPO")
                    .header("X-Forwarded-User", "admin")
                    .param("role", "DPO")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"role\":\"DPO\"}"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(403);
    TALLY.tried();
  }

  @ParameterizedTest(name = "{0} tries {1}")
  @MethodSource("pageReaches")
  void thePagesRefuseWhatTheRoleLacks(Holder holder, Endpoint e) throws Exception {
    var request = request(e.method(), e.path()).with(holder.session()).param("role", "DPO");
    if (e.method() == HttpMethod.POST) {
      request.with(csrf());
    }
    assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
    TALLY.tried();
  }

  @Test
  void nobodyListsOrRevokesAnotherUsersToken() throws Exception {
    String owner = unique("owner");
    accounts.createUser(owner, Role.DPO, "a long enough password");
    var victim = accounts.createToken(owner, "nightly", null);
    String attacker = tokenFor(Role.ADMIN);

    String listed =
        mvc.perform(get("/api/v1/tokens").with(bearer(attacker)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(listed).doesNotContain(victim.token().id());
    assertThat(
            mvc.perform(delete("/api/v1/tokens/" + victim.token().id()).with(bearer(attacker)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    mvc.perform(
        post("/tokens/" + victim.token().id() + "/revoke")
            .with(user(unique("web")).roles("ADMIN"))
            .with(csrf()));

    assertThat(accounts.authenticateToken(victim.secret())).isPresent();
    TALLY.tried();
  }

  @Test
  void aTokenAskedForWithAHigherRoleStillCarriesTheOwnersRole() throws Exception {
    String analyst = tokenFor(Role.ANALYST);
    String body =
        mvc.perform(
                post("/api/v1/tokens")
                    .with(bearer(analyst))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"label\":\"escalate\",\"role\":\"ADMIN\",\"username\":\"admin\"}"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String secret = body.replaceAll("(?s).*\"secret\":\"(wdn_[A-Za-z0-9]+)\".*", "$1");

    assertThat(secret).startsWith("wdn_");
    assertThat(accounts.authenticateToken(secret).orElseThrow().role()).isEqualTo(Role.ANALYST);
    assertThat(
            mvc.perform(
                    post("/api/v1/parties")
                        .with(bearer(secret))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"x\",\"name\":\"X\",\"kind\":\"SUPPLIER\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    TALLY.tried();
  }

  /**
   * No page or API call changes an account: roles and grants are set on the server's command line.
   */
  @Test
  void noEndpointChangesAnAccount(
      @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
    assertThat(mappings.getHandlerMethods().keySet())
        .flatMap(info -> info.getPathPatternsCondition().getPatternValues())
        .noneMatch(p -> p.matches("(?i).*/(users?|accounts?|roles?|grants?)(/.*)?"));
    TALLY.tried();
  }

  @AfterAll
  static void sayHowMany() {
    TALLY.report();
  }
}
