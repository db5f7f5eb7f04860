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
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Endpoints;

/** Who may call the REST API: bearer tokens only, and writes only for roles that write. */
class ApiSecurityTests extends ApiTestSupport {

  /** Every endpoint of the API, and one that does not exist. */
  static Stream<Arguments> everyEndpoint() {
    return Stream.concat(
        Endpoints.API.stream().map(e -> Arguments.of(e.method(), e.path())),
        Stream.of(Arguments.of(HttpMethod.GET, "/api/v1/no-such-endpoint")));
  }

  /** The walk must not fall behind the API: every mapped endpoint has a case in it. */
  @Test
  void theWalkCoversEveryMappedApiEndpoint(
      @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
    assertThat(Endpoints.missingFrom(Endpoints.API, mappings, p -> p.startsWith("/api/")))
        .as("API endpoints missing from Endpoints.API")
        .isEmpty();
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
