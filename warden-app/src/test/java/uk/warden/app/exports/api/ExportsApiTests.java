package uk.warden.app.exports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.account.Role;
import uk.warden.app.register.PeopleWriter;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;

/**
 * Governed exports over the API: an extract released at once and fetched byte for byte, one held
 * for a second person, checks of files made elsewhere, and a trace of a fetched file back to its
 * extract.
 */
class ExportsApiTests extends ApiTestSupport {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int PEOPLE = 24;

  @Autowired PeopleWriter writer;

  private String maker;
  private String admin;
  private String party;
  private String unit;
  private List<String> payNumbers;

  @BeforeEach
  void aPartyAndPeopleInAnOfficialSystem() throws Exception {
    maker = tokenFor(Role.DPO);
    admin = tokenFor(Role.ADMIN);
    party = unique("party");
    unit = unique("unit");
    payNumbers = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      String pay = unit.toUpperCase() + "-" + i;
      payNumbers.add(pay);
      people.add(
          new Person(
              null,
              pay,
              "Surname" + (char) ('a' + i % 26) + i,
              "Forename" + i,
              PersonKind.STAFF,
              null,
              "Band 4",
              unit,
              Set.of(),
              List.of(),
              EmploymentStatus.SERVING,
              null,
              List.of(),
              null));
    }
    writer.upsert(people);
    setUp(
            post("/api/v1/parties"),
            "{\"code\":\"%s\",\"name\":\"Pensions\",\"kind\":\"SUPPLIER\"}".formatted(party))
        .andExpect(status().isCreated());
    // The force's own record of names and pay numbers is OFFICIAL, so an extract of them is too.
    setUp(
            post("/api/v1/systems"),
            """
            {"code":"%s","name":"HR core","categories":["user.name","user.workforce.pay_number"],
             "marking":{"classification":"OFFICIAL","sensitive":false},"recordCount":7,
             "population":{"kinds":["STAFF"],"includesLeavers":false}}
            """
                .formatted(unique("hr")))
        .andExpect(status().isCreated());
  }

  @Test
  void aSmallExtractIsReleasedAtOnceAndItsFileIsTheOneRecorded() throws Exception {
    String agreement = agreement("\"user.name\",\"user.workforce.pay_number\"");

    JsonNode made =
        body(
            make(agreement, payNumbers.subList(0, 10), "csv")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/exports/")))
                .andExpect(jsonPath("$.status").value("RELEASED"))
                .andExpect(jsonPath("$.transferId").isNumber())
                .andExpect(jsonPath("$.people").value(10))
                .andExpect(jsonPath("$.party").value(party))
                .andExpect(jsonPath("$.approvalReasons").isEmpty())
                .andReturn());
    long id = made.get("id").asLong();

    MvcResult file =
        mvc.perform(get("/api/v1/exports/" + id + "/file").with(bearer(maker)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", "attachment; filename=\"extract-" + id + ".csv\""))
            .andReturn();
    byte[] bytes = file.getResponse().getContentAsByteArray();
    assertThat(sha256(bytes)).isEqualTo(made.get("sha256").asString());
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .startsWith("pay_number,surname,forenames\n")
        .doesNotContain(unit + "\n");

    mvc.perform(get("/api/v1/exports/" + id).with(bearer(tokenFor(Role.AUDITOR))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sha256").value(made.get("sha256").asString()))
        .andExpect(jsonPath("$.file").doesNotExist());
    mvc.perform(
            get("/api/v1/exports")
                .param("agreement", agreement)
                .param("status", "RELEASED")
                .with(bearer(maker)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(id));

    // The file as found elsewhere: traced back to the extract, and its canaries are a sighting.
    mvc.perform(
            multipart("/api/v1/exports/traces")
                .file(new MockMultipartFile("file", "found.csv", "text/csv", bytes))
                .with(bearer(tokenFor(Role.ANALYST))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("TRACED"))
        .andExpect(jsonPath("$.matches[0].extractId").value(Long.toString(id)))
        .andExpect(jsonPath("$.matches[0].party").value(party))
        .andExpect(jsonPath("$.matches[0].agreement").value(agreement))
        .andExpect(jsonPath("$.matches[0].transferId").value(made.get("transferId").asLong()))
        .andExpect(jsonPath("$.canarySightings[0].extractId").value(Long.toString(id)))
        .andExpect(jsonPath("$.canarySightings[0].party").value(party))
        .andExpect(jsonPath("$.canarySightings[0].seen").isNumber());
  }

  @Test
  void anExtractOfTheHighRiskCombinationIsHeldUntilASecondPersonApprovesIt() throws Exception {
    String agreement =
        agreement("\"user.name\",\"user.workforce.pay_number\",\"user.workforce.unit\"");

    JsonNode held =
        body(
            make(agreement, payNumbers.subList(0, 5), "xlsx")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.transferId").doesNotExist())
                .andExpect(jsonPath("$.approvalReasons[0]", startsWith("the high-risk")))
                .andReturn());
    long id = held.get("id").asLong();
    String approval = "/api/v1/exports/" + id + "/approval";

    mvc.perform(get("/api/v1/exports/" + id + "/file").with(bearer(maker)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://warden.invalid/problems/not-released"));
    json(post(approval), "{\"decision\":\"APPROVE\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://warden.invalid/problems/same-person"));
    String second = tokenFor(Role.DPO);
    mvc.perform(
            post(approval)
                .with(bearer(second))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"REFUSE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("note"));
    mvc.perform(
            post(approval)
                .with(bearer(second))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"MAYBE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("decision"));

    JsonNode approved =
        body(
            mvc.perform(
                    post(approval)
                        .with(bearer(second))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RELEASED"))
                .andExpect(jsonPath("$.transferId").isNumber())
                .andReturn());
    String approver = approved.get("decidedBy").asString();
    assertThat(approver).isNotBlank();
    mvc.perform(
            post(approval)
                .with(bearer(tokenFor(Role.ADMIN)))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"APPROVE\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://warden.invalid/problems/decided"));

    mvc.perform(get("/api/v1/transfers/" + approved.get("transferId").asLong()).with(bearer(maker)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.approvedBy").value(approver));
    MvcResult file =
        mvc.perform(get("/api/v1/exports/" + id + "/file").with(bearer(maker)))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentTypeCompatibleWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn();
    assertThat(sha256(file.getResponse().getContentAsByteArray()))
        .isEqualTo(held.get("sha256").asString());
  }

  @Test
  void aFileMadeElsewhereIsBlockedForAColumnOutsideTheAgreementOrPassesAndIsRecorded()
      throws Exception {
    String agreement = agreement("\"user.name\",\"user.workforce.pay_number\"");
    StringBuilder withUnit = new StringBuilder("pay_number,surname,forenames,unit\n");
    StringBuilder plain = new StringBuilder("pay_number,surname,forenames\n");
    for (String pay : payNumbers.subList(0, 4)) {
      withUnit.append(pay).append(",Smith,Jo,").append(unit).append('\n');
      plain.append(pay).append(",Smith,Jo\n");
    }

    check("with-unit.csv", withUnit.toString(), agreement, true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("BLOCK"))
        .andExpect(jsonPath("$.problems[*].code", hasItem("COLUMN_NOT_PERMITTED")))
        .andExpect(jsonPath("$.transferId").doesNotExist());
    check("plain.csv", plain.toString(), agreement, true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("PASS"))
        .andExpect(jsonPath("$.problems").isEmpty())
        .andExpect(jsonPath("$.people").value(4))
        .andExpect(jsonPath("$.sha256").value(sha256(plain.toString().getBytes())))
        .andExpect(jsonPath("$.transferId").isNumber());
    check("draft.csv", plain.toString(), agreement, false)
        .andExpect(jsonPath("$.verdict").value("PASS"))
        .andExpect(jsonPath("$.transferId").doesNotExist());
  }

  @Test
  void aMissingExtractIsAProblemAndZipIsNotOffered() throws Exception {
    mvc.perform(get("/api/v1/exports/987654321").with(bearer(maker)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://warden.invalid/problems/not-found"))
        .andExpect(jsonPath("$.title").value("Not found"))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value("No extract 987654321."));
    String agreement = agreement("\"user.name\",\"user.workforce.pay_number\"");
    make(agreement, payNumbers.subList(0, 2), "zip")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("format"));
    make(agreement, payNumbers.subList(0, 2), "csv")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status", not("HELD")));
  }

  /** An agreement with the party, named people only, at most 50, as CSV or XLSX. */
  private String agreement(String categories) throws Exception {
    String code = unique("deal");
    setUp(
            post("/api/v1/agreements"),
            """
            {"code":"%s","partyCode":"%s","title":"Pensions","purpose":"Pay pensions",
             "lawfulBasis":"UK GDPR Art 6(1)(c)","regime":"UK_GDPR",
             "permittedCategories":[%s],"start":"2024-04-01","end":null,
             "extracts":{"people":"NAMED","maxPeople":50,"formats":["CSV","XLSX"]}}
            """
                .formatted(code, party, categories))
        .andExpect(status().isCreated());
    return code;
  }

  private ResultActions make(String agreement, List<String> people, String format)
      throws Exception {
    return json(
        post("/api/v1/exports"),
        "{\"agreement\":\"%s\",\"people\":%s,\"format\":\"%s\"}"
            .formatted(agreement, JSON.writeValueAsString(people), format));
  }

  private ResultActions check(String name, String csv, String agreement, boolean record)
      throws Exception {
    return mvc.perform(
        multipart("/api/v1/exports/checks")
            .file(
                new MockMultipartFile(
                    "file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .param("agreement", agreement)
            .param("record", Boolean.toString(record))
            .with(bearer(maker)));
  }

  private ResultActions json(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String body)
      throws Exception {
    return mvc.perform(
        request.with(bearer(maker)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions setUp(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String body)
      throws Exception {
    return mvc.perform(
        request.with(bearer(admin)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static JsonNode body(MvcResult result) throws Exception {
    return JSON.readTree(result.getResponse().getContentAsString());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
