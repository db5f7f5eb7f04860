package uk.warden.app.breach.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.warden.app.account.Role;
import uk.warden.app.breach.BreachService;
import uk.warden.app.register.PeopleWriter;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Fixtures;
import uk.warden.core.breach.Exposure;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.RiskTier;

/**
 * The impact of a declared incident and of an ad-hoc "what if this party was breached", over a
 * ledger small enough to count by hand: three people sent with their photographs on 1 June and
 * deleted on 1 September, two more sent by name only on 1 October, and the force aware on 10
 * January. With the start unknown, the worst case runs from the first transfer (all five, none held
 * throughout) and the best from the last transfer before the force knew (the two, held throughout).
 */
class ImpactApiTests extends ApiTestSupport {

  private static final String AWARE = "2026-01-10T09:00:00Z";
  private static final String DUE = "2026-01-13T09:00:00Z";

  @Autowired PeopleWriter people;
  @Autowired BreachService breaches;

  private String token;
  private String tag;
  private String printer;
  private String bureau;

  @BeforeEach
  void setUp() throws Exception {
    token = tokenFor(Role.DPO);
    tag = unique("harrier");
    printer = tag + "-cards";
    bureau = tag + "-bureau";
    party(printer, "Harrier " + tag + " Identity Cards Ltd");
    party(bureau, "Harrier " + tag + " Print Bureau Ltd");
    List<String> payNumbers = IntStream.range(0, 5).mapToObj(i -> unique("pn")).toList();
    people.upsert(
        payNumbers.stream().map(pn -> Fixtures.staff(0, pn, "Surname", "Forename")).toList());
    long cards =
        transfer(
            "2025-06-01T09:00:00Z", payNumbers.subList(0, 3), "user.name\",\"user.biometric.photo");
    send(
            "/api/v1/deletions",
            "{\"party\":\""
                + printer
                + "\",\"at\":\"2025-09-01T09:00:00Z\",\"transferId\":"
                + cards
                + ",\"evidence\":\"DC-2025-0901\"}")
        .andExpect(status().isCreated());
    transfer("2025-10-01T09:00:00Z", payNumbers.subList(3, 5), "user.name");
  }

  @Test
  void anIncidentWithItsStartUnknownShowsEveryCountTheWorstAndBestCaseAndTheDeadline()
      throws Exception {
    String id = unique("INC").toUpperCase(Locale.ROOT);
    send(
            "/api/v1/incidents",
            "{\"id\":\""
                + id
                + "\",\"title\":\"Ransomware at the card maker\",\"parties\":[\""
                + printer
                + "\"],\"awareAt\":\""
                + AWARE
                + "\"}")
        .andExpect(status().isCreated());
    Impact assessed = breaches.assess(id).impact();
    Exposure worst = assessed.worstCase();
    Exposure best = assessed.bestCase();

    mvc.perform(get("/api/v1/incidents/" + id + "/impact").with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.windowKnown").value(false))
        .andExpect(jsonPath("$.people").value(5))
        .andExpect(jsonPath("$.records").value(8))
        .andExpect(jsonPath("$.certain").value(0))
        .andExpect(jsonPath("$.possible").value(5))
        .andExpect(jsonPath("$.byCategory['user.name']").value(5))
        .andExpect(jsonPath("$.byCategory['user.biometric.photo']").value(3))
        .andExpect(jsonPath("$.byTier.HIGH").value(worst.tier(RiskTier.HIGH).size()))
        .andExpect(jsonPath("$.byTier.MEDIUM").value(worst.tier(RiskTier.MEDIUM).size()))
        .andExpect(jsonPath("$.byTier.LOW").value(worst.tier(RiskTier.LOW).size()))
        .andExpect(jsonPath("$.worstCase.people").value(5))
        .andExpect(jsonPath("$.worstCase.from").value("2025-06-01T09:00:00Z"))
        .andExpect(jsonPath("$.worstCase.certain").value(worst.certain().size()))
        .andExpect(jsonPath("$.bestCase.people").value(2))
        .andExpect(jsonPath("$.bestCase.records").value(2))
        .andExpect(jsonPath("$.bestCase.certain").value(2))
        .andExpect(jsonPath("$.bestCase.from").value("2025-10-01T09:00:00Z"))
        .andExpect(jsonPath("$.bestCase.to").value(AWARE))
        .andExpect(jsonPath("$.bestCase.byTier.HIGH").value(best.tier(RiskTier.HIGH).size()))
        .andExpect(jsonPath("$.deadline.awareAt").value(AWARE))
        .andExpect(jsonPath("$.deadline.due").value(DUE))
        .andExpect(jsonPath("$.deadline.late").value(true))
        .andExpect(jsonPath("$.regulatorReport.scale.peopleAtLeast").value(2))
        .andExpect(jsonPath("$.regulatorReport.scale.peopleUpTo").value(5));
  }

  @Test
  void aKnownWindowHasOneCaseOnly() throws Exception {
    String id = unique("INC").toUpperCase(Locale.ROOT);
    send(
            "/api/v1/incidents",
            "{\"id\":\""
                + id
                + "\",\"title\":\"Laptop stolen\",\"parties\":[\""
                + printer
                + "\"],\"from\":\"2025-08-01T00:00:00Z\",\"to\":\"2025-08-02T00:00:00Z\","
                + "\"awareAt\":\""
                + AWARE
                + "\"}")
        .andExpect(status().isCreated());

    mvc.perform(get("/api/v1/incidents/" + id + "/impact").with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.windowKnown").value(true))
        .andExpect(jsonPath("$.people").value(3))
        .andExpect(jsonPath("$.certain").value(3))
        .andExpect(jsonPath("$.worstCase").doesNotExist())
        .andExpect(jsonPath("$.bestCase").doesNotExist())
        .andExpect(jsonPath("$.deadline.due").value(DUE));
  }

  @Test
  void findsThePartyByCodeFullNameOrAUniquePartOfItsNameInAnyCase() throws Exception {
    List<String> references =
        List.of(
            printer,
            "Harrier " + tag + " Identity Cards Ltd",
            (tag + " identity").toUpperCase(Locale.ROOT));

    for (String reference : references) {
      mvc.perform(get("/api/v1/impact").param("party", reference).with(bearer(token)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.incident.parties[0]").value(printer))
          .andExpect(jsonPath("$.people").value(5))
          .andExpect(jsonPath("$.bestCase.people").value(2));
    }
  }

  @Test
  void anAmbiguousPartOfANameIsAProblemNamingTheCandidates() throws Exception {
    mvc.perform(get("/api/v1/impact").param("party", "harrier " + tag).with(bearer(token)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Bad input"))
        .andExpect(jsonPath("$.problems[0].field").value("party"))
        .andExpect(
            jsonPath(
                "$.problems[0].reason",
                allOf(
                    containsString("matches 2 parties"),
                    containsString(printer),
                    containsString(bureau))));
    mvc.perform(get("/api/v1/impact").param("party", tag + "-nobody").with(bearer(token)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.problems[0].reason", containsString("no party is called")));
  }

  private void party(String code, String name) throws Exception {
    send(
            "/api/v1/parties",
            "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"SUPPLIER\"}")
        .andExpect(status().isCreated());
  }

  private long transfer(String at, List<String> payNumbers, String categories) throws Exception {
    String body =
        send(
                "/api/v1/transfers",
                "{\"at\":\""
                    + at
                    + "\",\"toParty\":\""
                    + printer
                    + "\",\"categories\":[\""
                    + categories
                    + "\"],\"payNumbers\":[\""
                    + String.join("\",\"", payNumbers)
                    + "\"],\"method\":\"PRINT_BUREAU\"}")
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  private ResultActions send(String path, String json) throws Exception {
    return mvc.perform(
        post(path).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
