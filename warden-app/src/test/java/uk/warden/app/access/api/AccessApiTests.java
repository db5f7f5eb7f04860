package uk.warden.app.access.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import uk.warden.app.access.AccessService;
import uk.warden.app.access.DirectorySource;
import uk.warden.app.account.Role;
import uk.warden.app.register.RegisterService;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Fixtures;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;

/**
 * Access events posted by a log shipper, and the findings they and the directory make, read and
 * acted on over the API with problem details for what is refused.
 */
class AccessApiTests extends ApiTestSupport {

  @Autowired RegisterService register;
  @Autowired AccessService access;

  private String token;
  private String system;
  private String user;

  @BeforeEach
  void setUp() {
    token = tokenFor(Role.DPO);
    String host = unique("host");
    system = unique("sys");
    user = unique("u");
    register.saveParty(Fixtures.supplier(host), true);
    register.saveSystem(Fixtures.system(system, host), true);
    access.importDirectory(
        DirectorySource.CSV,
        "test",
        List.of(Principal.user(user, null)),
        List.of(),
        List.of(
            new Grant(
                unique("grant"),
                user,
                system,
                Set.of(),
                AccessType.EXPORT,
                null,
                "admin",
                Instant.parse("2024-01-01T00:00:00Z"),
                null,
                null)));
  }

  private String log() {
    return "{\"at\":\"2026-03-02T09:15:00Z\",\"principal\":\"%s\",\"system\":\"%s\",\"operation\":\"consult\",\"records\":4}\n"
            .formatted(user, system)
        + "{\"at\":\"2026-03-02T09:20:00Z\",\"principal\":\"%s\",\"system\":\"%s\",\"operation\":\"disclose\",\"records\":1,\"recipients\":[\"cps\"]}\n"
            .formatted(user, system);
  }

  private ResultActions postLog(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/access-events")
            .with(bearer(token))
            .contentType("application/x-ndjson")
            .content(body));
  }

  @Test
  void eventsPostedTwiceAreKeptOnce() throws Exception {
    postLog(log())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.events").value(2))
        .andExpect(jsonPath("$.added").value(2));
    postLog(log())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.added").value(0))
        .andExpect(jsonPath("$.duplicates").value(2));
  }

  @Test
  void anUploadedCsvLogIsReadAsCsv() throws Exception {
    String csv = "at,principal,system,operation,records\n2026-03-03T10:00:00Z,%s,%s,consult,2\n";
    MockMultipartFile file =
        new MockMultipartFile(
            "file",
            "audit.csv",
            "text/csv",
            csv.formatted(user, system).getBytes(StandardCharsets.UTF_8));

    mvc.perform(multipart("/api/v1/access-events").file(file).with(bearer(token)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.format").value("CSV"))
        .andExpect(jsonPath("$.added").value(1));
  }

  @Test
  void aBadLineRefusesTheWholeBodyAsAProblem() throws Exception {
    postLog(log() + "{\"at\":\"2026-03-02\",\"principal\":\"" + user + "\"}\n")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("line 3")));
    mvc.perform(get("/api/v1/access").with(bearer(token))).andExpect(status().isOk());
  }

  @Test
  void findingsOfAnUnknownPartyAreAProblemNotAnEmptyList() throws Exception {
    mvc.perform(get("/api/v1/findings").param("party", "no-such-party").with(bearer(token)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("no party no-such-party")));
  }

  @Test
  void anAnalystCannotPostEvents() throws Exception {
    mvc.perform(
            post("/api/v1/access-events")
                .with(bearer(tokenFor(Role.ANALYST)))
                .contentType("application/x-ndjson")
                .content(log()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aFindingIsListedResolvedWithANoteAndRefusedASecondResolution() throws Exception {
    String key = "access-without-purpose/grant/";
    mvc.perform(get("/api/v1/findings").param("system", system).with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].finding.ruleCode", hasItem("access-without-purpose")));
    String found =
        mvc.perform(
                get("/api/v1/findings")
                    .param("system", system)
                    .param("rule", "access-without-purpose")
                    .with(bearer(token)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String findingKey = found.substring(found.indexOf(key), found.indexOf('"', found.indexOf(key)));

    decide("{\"key\":\"" + findingKey + "\",\"action\":\"RESOLVE\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("note")));
    decide("{\"key\":\"" + findingKey + "\",\"action\":\"RESOLVE\",\"note\":\"purpose recorded\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.finding.status").value("RESOLVED"))
        .andExpect(jsonPath("$.history[0].note").value("purpose recorded"));
    decide("{\"key\":\"" + findingKey + "\",\"action\":\"RESOLVE\",\"note\":\"again\"}")
        .andExpect(status().isConflict());
    decide("{\"key\":\"no/such/finding\",\"action\":\"REOPEN\"}").andExpect(status().isNotFound());
  }

  private ResultActions decide(String json) throws Exception {
    return mvc.perform(
        post("/api/v1/findings/decisions")
            .with(bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }
}
