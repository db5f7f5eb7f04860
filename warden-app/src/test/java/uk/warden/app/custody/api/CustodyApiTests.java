package uk.warden.app.custody.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import uk.warden.app.account.Role;
import uk.warden.app.register.PeopleWriter;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Fixtures;

class CustodyApiTests extends ApiTestSupport {

  @Autowired PeopleWriter people;

  private String token;
  private String party;
  private List<String> payNumbers;

  @BeforeEach
  void setUp() throws Exception {
    token = tokenFor(Role.DPO);
    party = unique("printer");
    send(
            "/api/v1/parties",
            "{\"code\":\""
                + party
                + "\",\"name\":\"Printer "
                + party
                + "\","
                + "\"kind\":\"SUPPLIER\"}")
        .andExpect(status().isCreated());
    payNumbers = IntStream.range(0, 3).mapToObj(i -> unique("pn")).toList();
    people.upsert(
        payNumbers.stream().map(pn -> Fixtures.staff(0, pn, "Surname", "Forename")).toList());
  }

  @Test
  void recordsATransferAndShowsWhatThePartyHolds() throws Exception {
    send("/api/v1/transfers", transfer(party, payNumbers, "user.name\",\"user.biometric.photo"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.toParty").value(party))
        .andExpect(jsonPath("$.people").value(3))
        .andExpect(jsonPath("$.recordedBy", containsString("dpo")))
        .andExpect(jsonPath("$.method").value("PRINT_BUREAU"));

    mvc.perform(get("/api/v1/transfers").param("party", party).with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/v1/parties/" + party + "/holdings").with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.people").value(3))
        .andExpect(jsonPath("$.categories[*].key", hasItem("user.biometric.photo")))
        .andExpect(jsonPath("$.highRiskPeople").value(3))
        .andExpect(jsonPath("$.transfersHeld").value(1));
    mvc.perform(
            get("/api/v1/parties/" + party + "/holdings")
                .param("at", "2020-01-01T00:00:00Z")
                .with(bearer(token)))
        .andExpect(jsonPath("$.people").value(0));
    mvc.perform(
            get("/api/v1/parties/" + party + "/holdings/history")
                .param("months", "3")
                .with(bearer(token)))
        .andExpect(jsonPath("$.length()").value(3));
  }

  @Test
  void refusesUnknownPeopleAndPartiesListingEveryOneAndRecordsNothing() throws Exception {
    String ghost = unique("ghost");
    List<String> mixed = List.of(payNumbers.get(0), "NOPE-1", "NOPE-2");

    send("/api/v1/transfers", transfer(ghost, mixed, "user.name\",\"user.unknown"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.problems[*].field", hasItem("toParty")))
        .andExpect(jsonPath("$.problems[*].field", hasItem("payNumbers[1]")))
        .andExpect(jsonPath("$.problems[*].field", hasItem("payNumbers[2]")))
        .andExpect(
            jsonPath("$.problems[*].reason", hasItem("unknown data category 'user.unknown'")));
    send("/api/v1/transfers", transfer(party, mixed, "user.name"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems.length()").value(2));

    mvc.perform(get("/api/v1/transfers").param("party", party).with(bearer(token)))
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void recordsAnUploadedFileWithItsFingerprint() throws Exception {
    byte[] csv =
        ("Pay Number,Surname\n" + String.join(",x\n", payNumbers) + ",x\n")
            .getBytes(StandardCharsets.UTF_8);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv));

    mvc.perform(
            multipart("/api/v1/transfers")
                .file(new MockMultipartFile("file", "cards.csv", "text/csv", csv))
                .param("toParty", party)
                .param("at", "2025-06-01T09:00:00Z")
                .param("categories", "user.name", "user.workforce.pay_number")
                .param("method", "FILE")
                .with(bearer(token)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.people").value(3))
        .andExpect(jsonPath("$.sha256").value(sha));

    mvc.perform(
            multipart("/api/v1/transfers")
                .file(
                    new MockMultipartFile(
                        "file", "bad.csv", "text/csv", "pay_number\nNOPE\n".getBytes()))
                .param("toParty", party)
                .param("at", "2025-06-01T09:00:00Z")
                .param("categories", "user.name")
                .param("method", "FILE")
                .with(bearer(token)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].source").value("bad.csv"))
        .andExpect(jsonPath("$.problems[0].row").value(2));
  }

  @Test
  void deletionOfATransferEndsTheHoldingAndIsChecked() throws Exception {
    String body =
        send("/api/v1/transfers", transfer(party, payNumbers, "user.name"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

    send(
            "/api/v1/deletions",
            "{\"party\":\""
                + party
                + "\",\"at\":\"2025-01-01T00:00:00Z\",\"transferId\":"
                + id
                + ",\"evidence\":\"DC-1\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("at"));
    send("/api/v1/deletions", "{\"party\":\"" + party + "\",\"at\":\"2025-12-01T00:00:00Z\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("evidence"));
    send(
            "/api/v1/deletions",
            "{\"party\":\""
                + party
                + "\",\"at\":\"2025-12-01T00:00:00Z\",\"transferId\":"
                + id
                + ",\"evidence\":\"DC-2025-0142\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.scope").value("TRANSFER"))
        .andExpect(jsonPath("$.transferId").value(id));

    mvc.perform(get("/api/v1/parties/" + party + "/holdings").with(bearer(token)))
        .andExpect(jsonPath("$.people").value(0));
    mvc.perform(get("/api/v1/deletions").param("party", party).with(bearer(token)))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void keepsAPartyWithCustodyHistoryInTheRegister() throws Exception {
    send("/api/v1/transfers", transfer(party, payNumbers, "user.name"))
        .andExpect(status().isCreated());

    mvc.perform(delete("/api/v1/parties/" + party).with(bearer(token)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].reason", containsString("custody history")));
  }

  @Test
  void analystsReadButCannotRecord() throws Exception {
    String analyst = tokenFor(Role.ANALYST);
    mvc.perform(
            post("/api/v1/transfers")
                .with(bearer(analyst))
                .contentType(MediaType.APPLICATION_JSON)
                .content(transfer(party, payNumbers, "user.name")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/transfers").with(bearer(analyst))).andExpect(status().isOk());
    assertThat(payNumbers).hasSize(3);
  }

  private static String transfer(String party, List<String> payNumbers, String categories) {
    return "{\"at\":\"2025-06-01T09:00:00Z\",\"toParty\":\""
        + party
        + "\",\"categories\":[\""
        + categories
        + "\"],\"payNumbers\":[\""
        + String.join("\",\"", payNumbers)
        + "\"],\"method\":\"PRINT_BUREAU\",\"approvedBy\":\"Head of Information Management\"}";
  }

  private ResultActions send(String path, String json) throws Exception {
    return mvc.perform(
        post(path).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
