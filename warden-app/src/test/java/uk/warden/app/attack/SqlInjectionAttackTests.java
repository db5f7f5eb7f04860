package uk.warden.app.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Holder;

/**
 * SQL through every free-text filter of the API and the pages. No value names anything real, so an
 * honest query finds nothing: every answer must be bad input, not found or an empty list, never a
 * server error and never a row; and the tables are all still there afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlInjectionAttackTests extends ApiTestSupport {

  private static final AttackTally TALLY = new AttackTally("SQL injection through filters");

  static final List<String> PAYLOADS =
      List.of(
          "' OR '1'='1",
          "%' --",
          "'; DROP TABLE person; --",
          "1) UNION SELECT username, password_hash FROM app_user --",
          "\" OR \"\"=\"",
          "%",
          "_",
          "\\' OR 1=1 --");

  /** Each filter as {@code path param}: the API's, then the pages'. */
  static final List<String> FILTERS =
      List.of(
          "/api/v1/people q",
          "/api/v1/people unit",
          "/api/v1/people rank",
          "/api/v1/audit actor",
          "/api/v1/audit action",
          "/api/v1/audit record",
          "/api/v1/findings rule",
          "/api/v1/findings party",
          "/api/v1/findings system",
          "/api/v1/findings assignee",
          "/api/v1/findings/one key",
          "/api/v1/transfers party",
          "/api/v1/deletions party",
          "/api/v1/agreements party",
          "/api/v1/access source",
          "/api/v1/impact party",
          "/people q",
          "/people unit",
          "/audit actor",
          "/audit action",
          "/audit record",
          "/findings rule",
          "/findings party",
          "/findings system",
          "/findings/one key",
          "/impact party");

  @Autowired JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  private String dpo;

  @BeforeAll
  void aDpo() {
    dpo = tokenFor(Role.DPO);
  }

  static Stream<Arguments> everyFilterWithEveryPayload() {
    return FILTERS.stream().flatMap(f -> PAYLOADS.stream().map(p -> Arguments.of(f, p)));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("everyFilterWithEveryPayload")
  void findsNothingAndBreaksNothing(String filter, String payload) throws Exception {
    String path = filter.substring(0, filter.indexOf(' '));
    String param = filter.substring(filter.indexOf(' ') + 1);
    var request = get(path).param(param, payload);
    boolean api = path.startsWith("/api/");
    request.with(api ? bearer(dpo) : Holder.of(Role.DPO).session());

    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

    assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 400, 404);
    if (api && response.getStatus() == 200) {
      JsonNode body = json.readTree(response.getContentAsString());
      JsonNode rows = body.isArray() ? body : body.path("items");
      assertThat(rows.size()).as("rows found by %s=%s", param, payload).isZero();
    }
    TALLY.tried();
  }

  @Test
  void everyTableIsStillThere() {
    for (String table : List.of("person", "party", "app_user", "api_token", "audit_entry")) {
      jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
    TALLY.tried();
  }

  @AfterAll
  static void sayHowMany() {
    TALLY.report();
  }
}
