package uk.warden.app.disclosure.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.account.Role;
import uk.warden.app.disclosure.InspectionService;
import uk.warden.app.disclosure.ReleaseService;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Finding;
import uk.warden.inspect.report.Severity;
import uk.warden.inspect.report.Verdict;

/**
 * Inspections over the API: every upload recorded, and the two-person release decision with its
 * refusals as problem details. Verdicts of uploads are taken from the inspection service for the
 * same bytes, so these hold whichever format readers the engine has.
 */
class InspectionsApiTests extends ApiTestSupport {

  /** Bytes no reader can read (a NUL in the head): uninspectable, so BLOCK, always. */
  private static final byte[] BINARY = {0, 1, 2, 3, 'w', 'a', 'r', 'd', 'e', 'n', 0, 7};

  private static final String CHECKED = "checked the comments, no names in them";

  @Autowired InspectionService inspections;
  @Autowired ReleaseService releases;
  @Autowired JsonMapper json;

  private record User(String name, String token) {}

  private User user(Role role) {
    String name = unique(role.name().toLowerCase(java.util.Locale.ROOT));
    accounts.createUser(name, role, "a long enough password");
    return new User(name, accounts.createToken(name, "test", null).secret());
  }

  private ResultActions upload(User who, String name, byte[] bytes, String expect)
      throws Exception {
    return mvc.perform(
        multipart("/api/v1/inspections")
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
            .param("expect", expect)
            .with(bearer(who.token())));
  }

  private ResultActions decide(User who, long id, String decision, String reason) throws Exception {
    return mvc.perform(
        post("/api/v1/inspections/" + id + "/decisions")
            .with(bearer(who.token()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                json.writeValueAsString(
                    reason == null
                        ? Map.of("decision", decision)
                        : Map.of("decision", decision, "reason", reason))));
  }

  /** An inspection whose verdict the test chooses, recorded as an upload would be. */
  private long recorded(Verdict verdict, String by) {
    String file = unique("answer") + ".xlsx";
    FileReport report =
        FileReport.of(
            file,
            Format.XLSX,
            1_024,
            verdict,
            verdict == Verdict.PASS
                ? List.of()
                : List.of(
                    new Finding(
                        "COMMENTS",
                        Severity.LOW,
                        verdict,
                        Location.of(file).part("Sheet1").range("B7"),
                        2,
                        "2 comments")),
            List.of(),
            Map.of());
    return releases.record(report, "0f".repeat(32), Expectation.UNSTATED, by).id();
  }

  private static long id(ResultActions result) throws Exception {
    String body = result.andReturn().getResponse().getContentAsString();
    return JsonMapper.builder().build().readTree(body).get("id").asLong();
  }

  @Test
  void anUploadIsRecordedAndAnsweredWithTheReportItsIdAndFingerprint() throws Exception {
    User dpo = user(Role.DPO);
    byte[] csv =
        "Rank,Officers\nConstable,812\nSergeant,140\nInspector,38\n"
            .getBytes(StandardCharsets.UTF_8);
    FileReport expected =
        inspections.inspect(new ByteArrayInputStream(csv), "ranks.csv", Expectation.AGGREGATE);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv));

    ResultActions created =
        upload(dpo, "C:\\FOI\\ranks.csv", csv, "aggregate")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.file").value("ranks.csv"))
            .andExpect(jsonPath("$.format").value(expected.format().name()))
            .andExpect(jsonPath("$.bytes").value(csv.length))
            .andExpect(jsonPath("$.verdict").value(expected.verdict().name()))
            .andExpect(jsonPath("$.findings.length()").value(expected.findings().size()))
            .andExpect(jsonPath("$.people").value(expected.people()))
            .andExpect(jsonPath("$.sha256").value(sha))
            .andExpect(jsonPath("$.expectation").value("AGGREGATE"))
            .andExpect(jsonPath("$.inspectedBy").value(dpo.name()))
            .andExpect(
                jsonPath("$.status")
                    .value(expected.verdict() == Verdict.BLOCK ? "BLOCKED" : "PENDING"))
            .andExpect(jsonPath("$.decisions.length()").value(0));
    long id = id(created);
    created.andExpect(header().string("Location", "/api/v1/inspections/" + id));

    String detail =
        mvc.perform(get("/api/v1/inspections/" + id).with(bearer(user(Role.AUDITOR).token())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json.readTree(detail))
        .isEqualTo(json.readTree(created.andReturn().getResponse().getContentAsString()));
    mvc.perform(get("/api/v1/inspections").param("size", "500").with(bearer(dpo.token())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
        .andExpect(jsonPath("$.items[?(@.id == " + id + ")].sha256").doesNotExist())
        .andExpect(jsonPath("$.items[?(@.id == " + id + ")].file", hasItem("ranks.csv")));
  }

  @Test
  void theReportKeepsItsShapeFindingsWithCodeSeverityLocationCountAndDetail() throws Exception {
    User dpo = user(Role.DPO);
    Finding first =
        inspections
            .inspect(new ByteArrayInputStream(BINARY), "blob.bin", Expectation.UNSTATED)
            .findings()
            .get(0);

    JsonNode body =
        json.readTree(
            upload(dpo, "blob.bin", BINARY, "")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());

    JsonNode finding = body.get("findings").get(0);
    assertThat(finding.get("code").asString()).isEqualTo(first.code());
    assertThat(finding.get("severity").asString()).isEqualTo(first.severity().name());
    assertThat(finding.get("verdict").asString()).isEqualTo(first.verdict().name());
    assertThat(finding.get("location").get("file").asString()).isEqualTo("blob.bin");
    assertThat(finding.get("count").asLong()).isEqualTo(first.count());
    assertThat(finding.get("detail").asString()).isEqualTo(first.detail());
    assertThat(body.has("columns")).isTrue();
    assertThat(body.has("distinctValues")).isTrue();
  }

  @Test
  void twoDifferentPeopleApprovingMakeAFileReleasable() throws Exception {
    User first = user(Role.DPO);
    User second = user(Role.ADMIN);
    long id = recorded(Verdict.REVIEW, first.name());

    decide(first, id, "APPROVE", CHECKED)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andExpect(jsonPath("$.approvalsNeeded").value(1))
        .andExpect(jsonPath("$.decisions[0].decidedBy").value(first.name()))
        .andExpect(jsonPath("$.decisions[0].reason").value(CHECKED));
    decide(second, id, "approve", "second pair of eyes: agree, nothing hidden")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RELEASABLE"))
        .andExpect(jsonPath("$.approvalsNeeded").value(0))
        .andExpect(jsonPath("$.decisions[1].decision").value("APPROVE"))
        .andExpect(jsonPath("$.decisions[1].decidedBy").value(second.name()));

    mvc.perform(get("/api/v1/inspections/" + id).with(bearer(first.token())))
        .andExpect(jsonPath("$.status").value("RELEASABLE"))
        .andExpect(jsonPath("$.decisions.length()").value(2));
    mvc.perform(
            get("/api/v1/inspections")
                .param("status", "RELEASABLE")
                .param("size", "500")
                .with(bearer(first.token())))
        .andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
        .andExpect(
            jsonPath(
                "$.items[*].status",
                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("RELEASABLE"))));
  }

  @Test
  void theSamePersonApprovingTwiceIsRefusedAsAConflict() throws Exception {
    User dpo = user(Role.DPO);
    long id = recorded(Verdict.PASS, dpo.name());
    decide(dpo, id, "APPROVE", null).andExpect(status().isOk());

    decide(dpo, id, "APPROVE", "I am very sure about this")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type", endsWith("/problems/same-approver")))
        .andExpect(jsonPath("$.title").value("Refused"))
        .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("different person")));

    mvc.perform(get("/api/v1/inspections/" + id).with(bearer(dpo.token())))
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andExpect(jsonPath("$.approvalsNeeded").value(1))
        .andExpect(jsonPath("$.decisions.length()").value(1));
  }

  @Test
  void aBlockedUploadCanNeverBeApproved() throws Exception {
    User first = user(Role.DPO);
    User second = user(Role.DPO);
    long id =
        id(
            upload(first, "staff.bin", BINARY, "")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value("BLOCK"))
                .andExpect(jsonPath("$.status").value("BLOCKED"))
                .andExpect(jsonPath("$.approvalsNeeded").value(0)));

    for (User who : List.of(first, second)) {
      decide(who, id, "APPROVE", CHECKED)
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.type", endsWith("/problems/blocked")))
          .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("Sanitise")));
    }

    mvc.perform(get("/api/v1/inspections/" + id).with(bearer(first.token())))
        .andExpect(jsonPath("$.status").value("BLOCKED"))
        .andExpect(jsonPath("$.decisions.length()").value(0));
  }

  @Test
  void aRejectionRejectsAndTheFileTakesNoMoreDecisions() throws Exception {
    User first = user(Role.DPO);
    User second = user(Role.DPO);
    long id = recorded(Verdict.PASS, first.name());
    decide(first, id, "APPROVE", "").andExpect(status().isOk());

    decide(second, id, "REJECT", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("reason"))
        .andExpect(jsonPath("$.problems[0].reason").value("a rejection needs a reason"));
    decide(second, id, "REJECT", "the wrong year's figures")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(jsonPath("$.decisions[1].reason").value("the wrong year's figures"));
    decide(user(Role.ADMIN), id, "APPROVE", "")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type", endsWith("/problems/decided")));
  }

  @Test
  void approvingAReviewWithoutAReasonOfAFewWordsIsBadInput() throws Exception {
    User dpo = user(Role.DPO);
    long id = recorded(Verdict.REVIEW, dpo.name());

    decide(dpo, id, "APPROVE", "fine")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.problems[0].field").value("reason"));
    decide(dpo, id, "MAYBE", CHECKED)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("decision"));

    mvc.perform(get("/api/v1/inspections/" + id).with(bearer(dpo.token())))
        .andExpect(jsonPath("$.decisions.length()").value(0));
  }

  @Test
  void analystsAndAuditorsMayReadInspectionsButNotDecide() throws Exception {
    User dpo = user(Role.DPO);
    long id = recorded(Verdict.PASS, dpo.name());
    for (Role role : List.of(Role.ANALYST, Role.AUDITOR)) {
      User reader = user(role);

      mvc.perform(get("/api/v1/inspections/" + id).with(bearer(reader.token())))
          .andExpect(status().isOk());
      decide(reader, id, "APPROVE", "").andExpect(status().isForbidden());
    }
    // An analyst checks outgoing files; an auditor changes nothing.
    upload(user(Role.AUDITOR), "a.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "")
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/inspections/" + id).with(bearer(dpo.token())))
        .andExpect(jsonPath("$.decisions.length()").value(0));
  }

  @Test
  void anUnknownInspectionIsNotFound() throws Exception {
    User dpo = user(Role.DPO);

    mvc.perform(get("/api/v1/inspections/987654321").with(bearer(dpo.token())))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("no inspection 987654321"));
    decide(dpo, 987654321, "APPROVE", "").andExpect(status().isNotFound());
  }
}
