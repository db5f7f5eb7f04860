package uk.warden.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;

/** Who may call the REST API: bearer tokens only, and writes only for roles that write. */
class ApiSecurityTests extends ApiTestSupport {

  static Stream<Arguments> everyEndpoint() {
    return Stream.of(
        Arguments.of(HttpMethod.GET, "/api/v1/people"),
        Arguments.of(HttpMethod.GET, "/api/v1/people/P1"),
        Arguments.of(HttpMethod.GET, "/api/v1/people/P1/locations"),
        Arguments.of(HttpMethod.POST, "/api/v1/people"),
        Arguments.of(HttpMethod.PUT, "/api/v1/people/P1"),
        Arguments.of(HttpMethod.GET, "/api/v1/parties"),
        Arguments.of(HttpMethod.GET, "/api/v1/parties/acme"),
        Arguments.of(HttpMethod.GET, "/api/v1/parties/acme/exposure"),
        Arguments.of(HttpMethod.POST, "/api/v1/parties"),
        Arguments.of(HttpMethod.PUT, "/api/v1/parties/acme"),
        Arguments.of(HttpMethod.DELETE, "/api/v1/parties/acme"),
        Arguments.of(HttpMethod.GET, "/api/v1/systems"),
        Arguments.of(HttpMethod.GET, "/api/v1/systems/payroll"),
        Arguments.of(HttpMethod.POST, "/api/v1/systems"),
        Arguments.of(HttpMethod.PUT, "/api/v1/systems/payroll"),
        Arguments.of(HttpMethod.DELETE, "/api/v1/systems/payroll"),
        Arguments.of(HttpMethod.GET, "/api/v1/agreements"),
        Arguments.of(HttpMethod.GET, "/api/v1/agreements/deal"),
        Arguments.of(HttpMethod.POST, "/api/v1/agreements"),
        Arguments.of(HttpMethod.PUT, "/api/v1/agreements/deal"),
        Arguments.of(HttpMethod.DELETE, "/api/v1/agreements/deal"),
        Arguments.of(HttpMethod.GET, "/api/v1/categories"),
        Arguments.of(HttpMethod.GET, "/api/v1/ranks"),
        Arguments.of(HttpMethod.GET, "/api/v1/units"),
        Arguments.of(HttpMethod.GET, "/api/v1/dashboard"),
        Arguments.of(HttpMethod.GET, "/api/v1/imports"),
        Arguments.of(HttpMethod.POST, "/api/v1/imports/people"),
        Arguments.of(HttpMethod.POST, "/api/v1/imports/register"),
        Arguments.of(HttpMethod.GET, "/api/v1/tokens"),
        Arguments.of(HttpMethod.POST, "/api/v1/tokens"),
        Arguments.of(HttpMethod.DELETE, "/api/v1/tokens/abc"),
        Arguments.of(HttpMethod.GET, "/api/v1/transfers"),
        Arguments.of(HttpMethod.GET, "/api/v1/transfers/1"),
        Arguments.of(HttpMethod.POST, "/api/v1/transfers"),
        Arguments.of(HttpMethod.GET, "/api/v1/deletions"),
        Arguments.of(HttpMethod.POST, "/api/v1/deletions"),
        Arguments.of(HttpMethod.GET, "/api/v1/parties/acme/holdings"),
        Arguments.of(HttpMethod.GET, "/api/v1/parties/acme/holdings/history"),
        Arguments.of(HttpMethod.GET, "/api/v1/incidents"),
        Arguments.of(HttpMethod.POST, "/api/v1/incidents"),
        Arguments.of(HttpMethod.GET, "/api/v1/incidents/INC-1"),
        Arguments.of(HttpMethod.PUT, "/api/v1/incidents/INC-1"),
        Arguments.of(HttpMethod.GET, "/api/v1/incidents/INC-1/impact"),
        Arguments.of(HttpMethod.GET, "/api/v1/incidents/INC-1/report"),
        Arguments.of(HttpMethod.GET, "/api/v1/incidents/INC-1/report.pdf"),
        Arguments.of(HttpMethod.GET, "/api/v1/incidents/INC-1/notification-list"),
        Arguments.of(HttpMethod.GET, "/api/v1/impact"),
        Arguments.of(HttpMethod.GET, "/api/v1/inspections"),
        Arguments.of(HttpMethod.POST, "/api/v1/inspections"),
        Arguments.of(HttpMethod.GET, "/api/v1/inspections/1"),
        Arguments.of(HttpMethod.POST, "/api/v1/inspections/1/decisions"),
        Arguments.of(HttpMethod.POST, "/api/v1/snapshots"),
        Arguments.of(HttpMethod.GET, "/api/v1/watch"),
        Arguments.of(HttpMethod.GET, "/api/v1/watch/systems/bwv"),
        Arguments.of(HttpMethod.GET, "/api/v1/watch/findings"),
        Arguments.of(HttpMethod.POST, "/api/v1/watch/expected-changes"),
        Arguments.of(HttpMethod.POST, "/api/v1/watch/findings/1/incident"),
        Arguments.of(HttpMethod.POST, "/api/v1/watch/migrations"),
        Arguments.of(HttpMethod.POST, "/api/v1/watch/migrations/1/after"),
        Arguments.of(HttpMethod.GET, "/api/v1/watch/migrations/1"),
        Arguments.of(HttpMethod.POST, "/api/v1/access-events"),
        Arguments.of(HttpMethod.GET, "/api/v1/access"),
        Arguments.of(HttpMethod.GET, "/api/v1/findings"),
        Arguments.of(HttpMethod.GET, "/api/v1/findings/one"),
        Arguments.of(HttpMethod.POST, "/api/v1/findings/decisions"),
        Arguments.of(HttpMethod.GET, "/api/v1/suppliers/risk"),
        Arguments.of(HttpMethod.GET, "/api/v1/reviews"),
        Arguments.of(HttpMethod.POST, "/api/v1/reviews"),
        Arguments.of(HttpMethod.GET, "/api/v1/reviews/1"),
        Arguments.of(HttpMethod.POST, "/api/v1/reviews/1/decisions"),
        Arguments.of(HttpMethod.GET, "/api/v1/reviews/1/tasks"),
        Arguments.of(HttpMethod.POST, "/api/v1/reviews/1/tasks/1/done"),
        Arguments.of(HttpMethod.POST, "/api/v1/reviews/1/close"),
        Arguments.of(HttpMethod.GET, "/api/v1/reviews/1/export.csv"),
        Arguments.of(HttpMethod.GET, "/api/v1/reviews/1/export.pdf"),
        Arguments.of(HttpMethod.GET, "/api/v1/audit"),
        Arguments.of(HttpMethod.GET, "/api/v1/audit/verify"),
        Arguments.of(HttpMethod.GET, "/api/v1/audit/entries"),
        Arguments.of(HttpMethod.GET, "/api/v1/no-such-endpoint"));
  }

  /** The walk above must not fall behind the API: every mapped endpoint has a case in it. */
  @Test
  void theWalkCoversEveryMappedApiEndpoint(
      @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
    List<String> walked = everyEndpoint().map(a -> a.get()[0] + " " + a.get()[1]).toList();
    List<String> missing = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info -> {
              for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (!pattern.getPatternString().startsWith("/api/")) {
                  continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                  boolean covered =
                      walked.stream()
                          .anyMatch(
                              w ->
                                  w.startsWith(method.name() + " ")
                                      && pattern.matches(
                                          PathContainer.parsePath(
                                              w.substring(w.indexOf(' ') + 1))));
                  if (!covered) {
                    missing.add(method + " " + pattern.getPatternString());
                  }
                }
              }
            });
    assertThat(missing).as("API endpoints missing from everyEndpoint()").isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyEndpoint")
  void everyEndpointNeedsAToken(HttpMethod method, String path) throws Exception {
    mvc.perform(request(method, path).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.title").value("Unauthorized"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyEndpoint")
  void everyEndpointRefusesAnUnknownToken(HttpMethod method, String path) throws Exception {
    mvc.perform(
            request(method, path)
                .with(bearer("wdn_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("The token is unknown, expired or revoked."));
  }

  @Test
  void refusesATokenWithoutWardensPrefix() throws Exception {
    mvc.perform(get("/api/v1/categories").with(bearer("not-a-warden-token")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void refusesAPasswordInsteadOfAToken() throws Exception {
    String user = unique("basic");
    accounts.createUser(user, Role.ADMIN, "a long enough password");

    mvc.perform(
            get("/api/v1/categories")
                .with(
                    request -> {
                      request.addHeader(
                          "Authorization",
                          "Basic "
                              + java.util.Base64.getEncoder()
                                  .encodeToString((user + ":a long enough password").getBytes()));
                      return request;
                    }))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void refusesAnExpiredToken() throws Exception {
    String user = unique("expiring");
    accounts.createUser(user, Role.DPO, "a long enough password");
    String secret = accounts.createToken(user, "short", Duration.ofNanos(1)).secret();

    mvc.perform(get("/api/v1/categories").with(bearer(secret)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void refusesARevokedToken() throws Exception {
    String user = unique("revoked");
    accounts.createUser(user, Role.DPO, "a long enough password");
    var token = accounts.createToken(user, "cli", null);
    mvc.perform(get("/api/v1/ranks").with(bearer(token.secret()))).andExpect(status().isOk());

    accounts.revokeToken(user, token.token().id());

    mvc.perform(get("/api/v1/ranks").with(bearer(token.secret())))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aPersonalTokenSignsInWithoutASession() throws Exception {
    String token = tokenFor(Role.ANALYST);

    mvc.perform(get("/api/v1/ranks").with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$[0].code").value("PC"))
        .andExpect(header().doesNotExist("Set-Cookie"));
    mvc.perform(
            get("/api/v1/categories")
                .with(
                    request -> {
                      request.addHeader("Authorization", "bearer " + token);
                      return request;
                    }))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.key == 'user.name')]").exists());
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"ANALYST", "AUDITOR"})
  void readersMayReadButNotWrite(Role role) throws Exception {
    String writer = tokenFor(Role.DPO);
    String reader = tokenFor(role);
    String party = unique("party");
    String body = "{\"code\":\"" + party + "\",\"name\":\"Acme\",\"kind\":\"SUPPLIER\"}";
    mvc.perform(
            post("/api/v1/parties")
                .with(bearer(writer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());

    mvc.perform(get("/api/v1/parties/" + party).with(bearer(reader))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/dashboard").with(bearer(reader))).andExpect(status().isOk());
    String other = unique("party");
    expectForbidden(
        post("/api/v1/parties")
            .with(bearer(reader))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + other + "\",\"name\":\"X\",\"kind\":\"SUPPLIER\"}"));
    expectForbidden(
        put("/api/v1/parties/" + party)
            .with(bearer(reader))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.replace("Acme", "Renamed")));
    expectForbidden(delete("/api/v1/parties/" + party).with(bearer(reader)));
    expectForbidden(
        post("/api/v1/systems")
            .with(bearer(reader))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}"));
    expectForbidden(delete("/api/v1/systems/anything").with(bearer(reader)));
    expectForbidden(
        post("/api/v1/agreements")
            .with(bearer(reader))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}"));
    expectForbidden(
        post("/api/v1/people")
            .with(bearer(reader))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}"));

    mvc.perform(get("/api/v1/parties/" + party).with(bearer(reader)))
        .andExpect(jsonPath("$.name").value("Acme"));
    mvc.perform(get("/api/v1/parties/" + other).with(bearer(reader)))
        .andExpect(status().isNotFound());
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"ADMIN", "DPO"})
  void writersMayWrite(Role role) throws Exception {
    String token = tokenFor(role);
    String party = unique("party");

    mvc.perform(
            post("/api/v1/parties")
                .with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + party + "\",\"name\":\"Acme\",\"kind\":\"SUPPLIER\"}"))
        .andExpect(status().isCreated());
    mvc.perform(delete("/api/v1/parties/" + party).with(bearer(token)))
        .andExpect(status().isNoContent());
  }

  private void expectForbidden(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    mvc.perform(request)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403))
        .andExpect(jsonPath("$.title").value("Forbidden"));
  }
}
