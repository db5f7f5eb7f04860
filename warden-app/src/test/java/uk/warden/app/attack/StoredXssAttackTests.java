package uk.warden.app.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import uk.warden.app.access.store.AccessStore;
import uk.warden.app.account.Role;
import uk.warden.app.audit.Audit;
import uk.warden.app.findings.FindingsService;
import uk.warden.app.register.RegisterService;
import uk.warden.app.review.ReviewData;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Holder;

/**
 * Markup stored through every displayed field the API takes (person names, party names, agreement
 * titles and purposes, incident titles, reasons in the audit log, inspected files' names, access
 * review decisions' reasons and revocation tasks' notes), then every page that shows it loaded: the
 * markup must come back escaped, never live.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredXssAttackTests extends ApiTestSupport {

  private static final AttackTally TALLY = new AttackTally("stored XSS");

  static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "<svg onload=alert(1)>");

  static final List<String> FIELDS =
      List.of(
          "person names",
          "party name",
          "agreement title and purpose",
          "incident title",
          "audit reason",
          "inspected file name",
          "review decision reason and task note",
          "finding note");

  private String dpo;

  @Autowired RegisterService register;
  @Autowired AccessStore access;
  @Autowired FindingsService findings;

  @BeforeAll
  void aDpo() {
    dpo = tokenFor(Role.DPO);
  }

  static Stream<Arguments> everyFieldWithEveryPayload() {
    return FIELDS.stream().flatMap(f -> PAYLOADS.stream().map(p -> Arguments.of(f, p)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyFieldWithEveryPayload")
  void comesBackEscapedOnEveryPageThatShowsIt(String field, String payload) throws Exception {
    List<String> pages = store(field, payload);

    for (String page : pages) {
      String html =
          mvc.perform(
                  get(page)
                      .with(Holder.of(Role.DPO).session())
                      .header(Audit.REASON_HEADER, "checking the page"))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(html).as(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
      assertThat(html).as(page).doesNotContain("<svg onload").doesNotContain("=\"javascript:");
      assertThat(html).as(page).doesNotContainIgnoringCase("href=\"javascript:");
    }
    assertThat(shownEscaped(pages.get(0), payload))
        .as("the payload is on " + pages.get(0))
        .isTrue();
    TALLY.tried();
  }

  /** Stores the payload in the field; the pages that show it, the first of which must show it. */
  private List<String> store(String field, String payload) throws Exception {
    String party = unique("xss");
    String quoted = json(payload);
    switch (field) {
      case "person names" -> {
        String pay = unique("X").toUpperCase(Locale.ROOT);
        String unit = unique("unit");
        send(
            post("/api/v1/people"),
            "{\"payNumber\":\"%s\",\"surname\":%s,\"forenames\":%s,\"kind\":\"STAFF\",\"unitCode\":\"%s\",\"flags\":[],\"clearances\":[],\"status\":\"SERVING\",\"identifiers\":[]}"
                .formatted(pay, quoted, quoted, unit));
        return List.of("/people?unit=" + unit, "/people/" + pay);
      }
      case "party name" -> {
        party(party, payload);
        return List.of("/parties/" + party, "/parties");
      }
      case "agreement title and purpose" -> {
        party(party, "Acme");
        String code = unique("deal");
        send(
            post("/api/v1/agreements"),
            """
            {"code":"%s","partyCode":"%s","title":%s,"purpose":%s,
             "lawfulBasis":"UK GDPR Art 6(1)(b)","regime":"UK_GDPR",
             "permittedCategories":["user.name"],"start":"2024-01-01","end":null,
             "retentionMonths":6,"exitTerms":"Delete"}
            """
                .formatted(code, party, quoted, quoted));
        return List.of("/agreements/" + code, "/agreements", "/parties/" + party);
      }
      case "incident title" -> {
        party(party, "Acme");
        String id = unique("INC").toUpperCase(Locale.ROOT);
        send(
            post("/api/v1/incidents"),
            "{\"id\":\"%s\",\"title\":%s,\"parties\":[\"%s\"],\"awareAt\":\"2025-01-01T00:00:00Z\"}"
                .formatted(id, quoted, party));
        return List.of("/incidents/" + id, "/incidents", "/");
      }
      case "audit reason" -> {
        party(party, "Acme");
        mvc.perform(
            get("/api/v1/people")
                .param("unit", party)
                .with(bearer(dpo))
                .header(Audit.REASON_HEADER, payload));
        String pay = unique("R").toUpperCase(Locale.ROOT);
        send(
            post("/api/v1/people"),
            "{\"payNumber\":\"%s\",\"surname\":\"Reason\",\"kind\":\"STAFF\",\"flags\":[],\"clearances\":[],\"status\":\"SERVING\",\"identifiers\":[]}"
                .formatted(pay));
        mvc.perform(
            get("/api/v1/people/" + pay).with(bearer(dpo)).header(Audit.REASON_HEADER, payload));
        return List.of("/audit?record=person:" + pay);
      }
      case "inspected file name" -> {
        String location =
            mvc.perform(
                    multipart("/api/v1/inspections")
                        .file(
                            new MockMultipartFile(
                                "file",
                                payload + ".csv",
                                "text/csv",
                                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                        .with(bearer(dpo)))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).isNotNull();
        return List.of(location.replace("/api/v1/inspections", "/disclosures"), "/disclosures");
      }
      case "review decision reason and task note" -> {
        ReviewData data = ReviewData.load(register, access, unique("xss-review"));
        String started =
            mvc.perform(
                    post("/api/v1/reviews")
                        .with(bearer(dpo))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"XSS\",\"systems\":[\"" + data.first() + "\"]}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(started, "$.id")).longValue();
        String review =
            mvc.perform(get("/api/v1/reviews/" + id).with(bearer(dpo)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long item = ((Number) JsonPath.read(review, "$.items[0].id")).longValue();
        send(
            post("/api/v1/reviews/" + id + "/decisions"),
            "{\"item\":%d,\"decision\":\"REVOKE\",\"reason\":%s}".formatted(item, quoted));
        String tasks =
            mvc.perform(get("/api/v1/reviews/" + id + "/tasks").with(bearer(dpo)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long task = ((Number) JsonPath.read(tasks, "$[0].id")).longValue();
        send(
            post("/api/v1/reviews/" + id + "/tasks/" + task + "/done"),
            "{\"note\":%s}".formatted(quoted));
        return List.of("/reviews/" + id, "/reviews");
      }
      case "finding note" -> {
        ReviewData data = ReviewData.load(register, access, unique("xss-finding"));
        findings.invalidate();
        String listed =
            mvc.perform(get("/api/v1/findings").param("system", data.first()).with(bearer(dpo)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> keys = JsonPath.read(listed, "$[*].finding.key");
        assertThat(keys).as("the review data's unused grants are findings").isNotEmpty();
        String key = keys.get(0);
        send(
            post("/api/v1/findings/decisions"),
            "{\"key\":%s,\"action\":\"ASSIGN\",\"assignee\":\"dpo\",\"note\":%s}"
                .formatted(json(key), quoted));
        return List.of("/findings/one?key=" + key);
      }
      default -> throw new IllegalArgumentException(field);
    }
  }

  private void party(String code, String name) throws Exception {
    send(
        post("/api/v1/parties"),
        "{\"code\":\"%s\",\"name\":%s,\"kind\":\"SUPPLIER\"}".formatted(code, json(name)));
  }

  private void send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String body)
      throws Exception {
    RequestBuilder built =
        request.with(bearer(dpo)).contentType(MediaType.APPLICATION_JSON).content(body);
    int status = mvc.perform(built).andReturn().getResponse().getStatus();
    assertThat(status).as(body).isBetween(200, 201);
  }

  /** Whether the page shows the payload as text: its last path part, with markup escaped. */
  private boolean shownEscaped(String page, String payload) throws Exception {
    String html =
        mvc.perform(
                get(page)
                    .with(Holder.of(Role.DPO).session())
                    .header(Audit.REASON_HEADER, "checking the page"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String shown = payload.substring(payload.lastIndexOf('/') + 1);
    String escaped =
        shown
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
    return html.contains(escaped) || html.contains(escaped.replace("&quot;", "&#39;"));
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @AfterAll
  static void sayHowMany() {
    TALLY.report();
  }
}
