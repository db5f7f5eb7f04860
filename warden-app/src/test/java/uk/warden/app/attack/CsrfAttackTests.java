package uk.warden.app.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Endpoints;
import uk.warden.app.testing.Endpoints.Endpoint;
import uk.warden.app.testing.Holder;

/**
 * Every form posted without its CSRF token, by a DPO (who may post all but the audit-free ones), is
 * refused with 403 and changes nothing: no table of the store gains or loses a row.
 */
class CsrfAttackTests extends ApiTestSupport {

  private static final AttackTally TALLY = new AttackTally("forms without a CSRF token");
  private static final Holder DPO = Holder.of(Role.DPO);

  @Autowired JdbcClient jdbc;

  static Stream<Endpoint> everyForm() {
    return Endpoints.WEB.stream().filter(e -> e.method() == HttpMethod.POST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyForm")
  void isRefusedAndChangesNothing(Endpoint form) throws Exception {
    Map<String, Long> before = rowCounts();

    int status =
        mvc.perform(
                post(form.path())
                    .with(DPO.session())
                    .param("title", "forged")
                    .param("reason", "forged by another site")
                    .param("decision", "APPROVE"))
            .andReturn()
            .getResponse()
            .getStatus();

    assertThat(status).isEqualTo(403);
    assertThat(rowCounts()).isEqualTo(before);
    TALLY.tried();
  }

  /** Every table's row count; the audit log is left out, since refusals may be put on record. */
  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        jdbc.sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                    + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'AUDIT%' ORDER BY 1")
            .query(String.class)
            .list()) {
      counts.put(
          table, jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
    }
    return counts;
  }

  @AfterAll
  static void sayHowMany() {
    TALLY.report();
  }
}
