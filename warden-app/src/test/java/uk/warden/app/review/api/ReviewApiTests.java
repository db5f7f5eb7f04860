package uk.warden.app.review.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.warden.app.access.store.AccessStore;
import uk.warden.app.account.Role;
import uk.warden.app.register.RegisterService;
import uk.warden.app.review.ReviewData;
import uk.warden.app.testing.ApiTestSupport;

/** A review over the API: start, decide, tasks, problems for bad input, exports. */
class ReviewApiTests extends ApiTestSupport {

  @Autowired RegisterService register;
  @Autowired AccessStore access;

  private String token;
  private ReviewData data;

  @BeforeEach
  void setUp() {
    token = tokenFor(Role.DPO);
    data = ReviewData.load(register, access, unique("api"));
  }

  private long start() throws Exception {
    String body =
        send(
                "/api/v1/reviews",
                "{\"name\":\"Q2\",\"dueOn\":\"2026-06-30\",\"systems\":[\"" + data.first() + "\"]}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name").value("Q2"))
            .andExpect(jsonPath("$.dueOn").value("2026-06-30"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  private long firstItem(long id) throws Exception {
    String body =
        mvc.perform(get("/api/v1/reviews/" + id).with(bearer(token)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.items[0].id")).longValue();
  }

  @Test
  void aReviewIsStartedDecidedAndItsRevocationBecomesATask() throws Exception {
    long id = start();
    mvc.perform(get("/api/v1/reviews/" + id).with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overall.total").value(2))
        .andExpect(jsonPath("$.bySystem[0].systemCode").value(data.first()))
        .andExpect(jsonPath("$.bySystem[0].owner").value("Head of HR"))
        .andExpect(jsonPath("$.items.length()").value(2));
    long item = firstItem(id);

    send(
            "/api/v1/reviews/" + id + "/decisions",
            "{\"item\":" + item + ",\"decision\":\"REVOKE\",\"reason\":\"left the team\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("REVOKE"))
        .andExpect(jsonPath("$.decidedBy").exists());

    String tasks =
        mvc.perform(get("/api/v1/reviews/" + id + "/tasks").with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(1))
            .andExpect(jsonPath("$[0].grantId").value(data.grants().get(0)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long task = ((Number) JsonPath.read(tasks, "$[0].id")).longValue();
    send("/api/v1/reviews/" + id + "/tasks/" + task + "/done", "{\"note\":\"removed\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.note").value("removed"));
    mvc.perform(get("/api/v1/reviews").with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.campaign.id == " + id + ")].progress.revoked").value(1));
  }

  @Test
  void badInputIsAProblemNamingEachField() throws Exception {
    send("/api/v1/reviews", "{\"name\":\"\",\"systems\":[\"nowhere\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(containsString("bad-input")))
        .andExpect(jsonPath("$.problems[0].field").value("name"))
        .andExpect(jsonPath("$.problems[1].field").value("systems"))
        .andExpect(jsonPath("$.problems[1].reason").value("no system nowhere"));
    long id = start();
    send("/api/v1/reviews/" + id + "/decisions", "{\"decision\":\"PERHAPS\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("item"))
        .andExpect(jsonPath("$.problems[1].field").value("decision"))
        .andExpect(jsonPath("$.problems[2].field").value("reason"))
        .andExpect(jsonPath("$.problems[2].reason").value("is missing"));
  }

  @Test
  void aSecondDecisionAndAnEarlyCloseAreRefused() throws Exception {
    long id = start();
    long item = firstItem(id);
    String confirm = "{\"item\":" + item + ",\"decision\":\"CONFIRM\",\"reason\":\"on duty\"}";
    send("/api/v1/reviews/" + id + "/decisions", confirm).andExpect(status().isOk());

    send("/api/v1/reviews/" + id + "/decisions", confirm)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(containsString("/decided")));
    send("/api/v1/reviews/" + id + "/close", "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(containsString("/undecided")));
    send(
            "/api/v1/reviews/" + id + "/decisions",
            "{\"item\":999999,\"decision\":\"CONFIRM\",\"reason\":\"x\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void aReaderCanReadAndExportButNotDecide() throws Exception {
    long id = start();
    String auditor = tokenFor(Role.AUDITOR);

    mvc.perform(get("/api/v1/reviews/" + id + "/export.csv").with(bearer(auditor)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", startsWith("text/csv")))
        .andExpect(content().string(startsWith("system,owner,holder,grant,categories")))
        // The purpose "=duty" would be a formula in a spreadsheet.
        .andExpect(content().string(containsString("'=duty")));
    mvc.perform(get("/api/v1/reviews/" + id + "/export.pdf").with(bearer(auditor)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(content().string(startsWith("%PDF")));
    mvc.perform(
            post("/api/v1/reviews/" + id + "/decisions")
                .with(bearer(auditor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden());
  }

  private ResultActions send(String path, String json) throws Exception {
    return mvc.perform(
        post(path).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
