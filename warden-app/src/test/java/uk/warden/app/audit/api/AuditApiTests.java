package uk.warden.app.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;

/** What reading a person through the API leaves in the audit log, and who may read the log. */
class AuditApiTests extends ApiTestSupport {

  @Test
  void aPersonReadThroughTheApiIsOnRecordWithWhoWhyAndFromWhere() throws Exception {
    String pay = unique("AUD").toUpperCase();
    String dpo = tokenFor(Role.DPO);
    mvc.perform(
            post("/api/v1/people")
                .with(bearer(dpo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"payNumber":"%s","surname":"Example","forenames":"Alex","kind":"STAFF",
                     "flags":[],"clearances":[],"status":"SERVING","identifiers":[]}
                    """
                        .formatted(pay)))
        .andExpect(status().isCreated());
    String analyst = tokenForAnalystWithNames();
    mvc.perform(get("/api/v1/people/" + pay).with(bearer(analyst)))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            get("/api/v1/people/" + pay)
                .with(bearer(analyst))
                .header("X-Warden-Reason", "  Enquiry 26/77 about a caller  "))
        .andExpect(status().isOk());

    String auditor = tokenFor(Role.AUDITOR);
    mvc.perform(get("/api/v1/audit").param("record", "person:" + pay).with(bearer(auditor)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        // newest first: the read, the refusal, the creation
        .andExpect(jsonPath("$.items[0].event.action").value("person.view"))
        .andExpect(jsonPath("$.items[0].event.operation").value("CONSULT"))
        .andExpect(jsonPath("$.items[0].event.role").value("ANALYST"))
        .andExpect(jsonPath("$.items[0].event.channel").value("API"))
        .andExpect(jsonPath("$.items[0].event.source").value("127.0.0.1"))
        .andExpect(jsonPath("$.items[0].event.reason").value("Enquiry 26/77 about a caller"))
        .andExpect(jsonPath("$.items[0].event.outcome").value("DONE"))
        .andExpect(jsonPath("$.items[1].event.outcome").value("REFUSED"))
        .andExpect(jsonPath("$.items[2].event.action").value("person.create"))
        .andExpect(jsonPath("$.items[2].event.operation").value("COLLECT"));
    mvc.perform(get("/api/v1/audit/verify").with(bearer(auditor)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.firstBreak").doesNotExist())
        .andExpect(jsonPath("$.checked").isNumber());
  }

  @Test
  void aChangeWithNoWordsOfItsOwnIsRecordedByItsRouteAndIds() throws Exception {
    String dpo = tokenFor(Role.DPO);
    String token =
        mvc.perform(
                post("/api/v1/tokens")
                    .with(bearer(dpo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"label\":\"ci\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = token.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/tokens/" + id)
                .with(bearer(dpo)))
        .andExpect(status().is2xxSuccessful());
    String auditor = tokenFor(Role.AUDITOR);
    mvc.perform(get("/api/v1/audit").param("record", "token:" + id).with(bearer(auditor)))
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].event.action").value("token.revoke"))
        .andExpect(jsonPath("$.items[1].event.action").value("token.create"));
    String party = unique("party");
    mvc.perform(
            post("/api/v1/parties")
                .with(bearer(dpo))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + party + "\",\"name\":\"Acme\",\"kind\":\"SUPPLIER\"}"))
        .andExpect(status().isCreated());
    mvc.perform(
            put("/api/v1/parties/" + party)
                .with(bearer(dpo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"code\":\"" + party + "\",\"name\":\"Acme Ltd\",\"kind\":\"SUPPLIER\"}"))
        .andExpect(status().is2xxSuccessful());
    mvc.perform(get("/api/v1/audit").param("record", "code:" + party).with(bearer(auditor)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].event.action").value("PUT /api/v1/parties/{code}"))
        .andExpect(jsonPath("$.items[0].event.operation").value("ALTER"))
        .andExpect(jsonPath("$.items[0].event.role").value("DPO"));
  }

  @Test
  void onlyTheAuditorAndTheDpoReadTheLog() throws Exception {
    for (Role role : List.of(Role.ADMIN, Role.ANALYST)) {
      mvc.perform(get("/api/v1/audit").with(bearer(tokenFor(role))))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/audit/entries").with(bearer(tokenFor(role))))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/v1/audit").with(bearer(tokenFor(Role.DPO)))).andExpect(status().isOk());
  }

  @Test
  void entriesStreamAsChainedJsonLinesFromAPosition() throws Exception {
    String auditor = tokenFor(Role.AUDITOR);
    mvc.perform(get("/api/v1/audit").with(bearer(auditor))).andExpect(status().isOk());
    String body =
        mvc.perform(get("/api/v1/audit/entries").param("after", "1").with(bearer(auditor)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> lines = Arrays.asList(body.split("\n"));
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(0)).startsWith("{\"seq\":2,");
    assertThat(lines).allMatch(l -> l.contains("\"hash\":\"") && l.contains("\"prevHash\":\""));
  }

  @Test
  void aBadAnchorIsAProblemNamingIt() throws Exception {
    mvc.perform(
            get("/api/v1/audit/verify")
                .param("anchor", "12:nothex")
                .with(bearer(tokenFor(Role.AUDITOR))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("anchor")));
  }
}
