package uk.warden.app.watch.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.warden.app.account.Role;
import uk.warden.app.register.RegisterService;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Fixtures;

/**
 * Pushing counts and reading back what the watch made of them. Counts are pushed over the API for
 * twelve weeks ending yesterday, so the detector has its history, as a system that cannot be
 * reached would send them.
 */
class WatchApiTests extends ApiTestSupport {

  private static final int DAYS = 84;

  @Autowired RegisterService register;

  private String token;
  private String host;
  private String system;

  @BeforeEach
  void setUp() {
    token = tokenFor(Role.DPO);
    host = unique("bwv-host");
    system = unique("bwv");
    register.saveParty(Fixtures.supplier(host), true);
    register.saveSystem(Fixtures.system(system, host), true);
  }

  /** Twelve weeks of a store growing 1,000 a weekday, the last {@code lostDays} days lost. */
  private String history(long lost, int lostDays) {
    LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(DAYS);
    List<String> snapshots = new ArrayList<>();
    long objects = 500_000;
    for (int t = 0; t < DAYS; t++) {
      LocalDate day = start.plusDays(t);
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      objects += (weekend ? 100 : 1_000) + (t * 37 % 41) - 20;
      if (t >= DAYS - lostDays) {
        objects -= lost;
        lost = 0;
      }
      snapshots.add(
          String.format(
              "{\"system\":\"%s\",\"takenAt\":\"%sT12:00:00Z\",\"objects\":%d,\"bytes\":%d}",
              system, day, objects, objects * 1_000));
    }
    return "{\"snapshots\":[" + String.join(",", snapshots) + "]}";
  }

  @Test
  void aPushedHistoryWithADropReturnsTheLossAndTheWatchShowsIt() throws Exception {
    send("/api/v1/snapshots", history(40_000, 3))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.stored").value(DAYS))
        .andExpect(jsonPath("$.newFindings.length()").value(1))
        .andExpect(jsonPath("$.newFindings[0].system").value(system))
        .andExpect(jsonPath("$.newFindings[0].shape").value("SUDDEN"))
        .andExpect(jsonPath("$.newFindings[0].severity").value("HIGH"))
        .andExpect(jsonPath("$.newFindings[0].status").value("OPEN"));

    mvc.perform(get("/api/v1/watch/systems/" + system).with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.series.length()").value(DAYS))
        .andExpect(jsonPath("$.marking").value("OFFICIAL-SENSITIVE"))
        .andExpect(
            jsonPath("$.findings[0].objects").value(org.hamcrest.Matchers.greaterThan(39_000)));
    mvc.perform(get("/api/v1/watch").with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == '" + system + "')].openFindings", hasItem(1)));
    mvc.perform(get("/api/v1/watch/findings").with(bearer(token)))
        .andExpect(jsonPath("$[*].system", hasItem(system)));
  }

  @Test
  void pushingTheSameHistoryAgainFindsNothingNew() throws Exception {
    send("/api/v1/snapshots", history(40_000, 3)).andExpect(status().isCreated());

    send("/api/v1/snapshots", history(40_000, 3))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.newFindings.length()").value(0));
  }

  @Test
  void aDeletionRecordedLaterExplainsTheDrop() throws Exception {
    send("/api/v1/snapshots", history(40_000, 3)).andExpect(status().isCreated());
    String day = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();

    send(
            "/api/v1/watch/expected-changes",
            String.format(
                "{\"system\":\"%s\",\"reason\":\"deletion\",\"firstDay\":\"%s\",\"lastDay\":\"%s\","
                    + "\"objects\":40000,\"reference\":\"DC-2026-114\"}",
                system, day, day))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.reason").value("DELETION"));

    mvc.perform(get("/api/v1/watch/systems/" + system).with(bearer(token)))
        .andExpect(jsonPath("$.findings[0].status").value("EXPLAINED"));
  }

  @Test
  void aLossIsRaisedAsAnAvailabilityIncidentOnceOnly() throws Exception {
    send("/api/v1/snapshots", history(40_000, 3)).andExpect(status().isCreated());
    long id = findingId();

    send("/api/v1/watch/findings/" + id + "/incident", "{}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.incident.type").value("AVAILABILITY"))
        .andExpect(jsonPath("$.incident.parties[0]").value(host))
        .andExpect(jsonPath("$.incident.systems[0]").value(system))
        .andExpect(jsonPath("$.incident.title", containsString("40,0")));

    send("/api/v1/watch/findings/" + id + "/incident", "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("was raised as incident")));
    mvc.perform(get("/api/v1/watch/systems/" + system).with(bearer(token)))
        .andExpect(jsonPath("$.findings[0].status").value("INCIDENT"))
        .andExpect(jsonPath("$.findings[0].incidentId").isNotEmpty());
  }

  @Test
  void anInHouseSystemsLossNeedsAPartyNamed() throws Exception {
    String inHouse = unique("records");
    register.saveSystem(Fixtures.system(inHouse, null), true);
    system = inHouse;
    send("/api/v1/snapshots", history(40_000, 3)).andExpect(status().isCreated());
    long id = findingId();

    send("/api/v1/watch/findings/" + id + "/incident", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("party"));
    send("/api/v1/watch/findings/" + id + "/incident", "{\"party\":\"" + host + "\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.incident.parties[0]").value(host));
  }

  @Test
  void badSnapshotsAreAllNamedByRowAndNoneIsStored() throws Exception {
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
    send(
            "/api/v1/snapshots",
            "{\"snapshots\":["
                + "{\"system\":\""
                + system
                + "\",\"takenAt\":\"2026-01-01T00:00:00Z\",\"objects\":5},"
                + "{\"system\":\"no-such-system\",\"takenAt\":\"2026-01-01T00:00:00Z\",\"objects\":5},"
                + "{\"system\":\""
                + system
                + "\",\"takenAt\":\""
                + tomorrow
                + "T00:00:00Z\",\"objects\":-1}"
                + "]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type", containsString("bad-input")))
        .andExpect(jsonPath("$.problems[0].row").value(2))
        .andExpect(jsonPath("$.problems[0].field").value("system"))
        .andExpect(jsonPath("$.problems[1].row").value(3))
        .andExpect(jsonPath("$.problems[1].field").value("takenAt"))
        .andExpect(jsonPath("$.problems[2].field").value("objects"));

    mvc.perform(get("/api/v1/watch/systems/" + system).with(bearer(token)))
        .andExpect(jsonPath("$.series.length()").value(0));
  }

  @Test
  void aReaderCannotPushCounts() throws Exception {
    mvc.perform(
            post("/api/v1/snapshots")
                .with(bearer(tokenFor(Role.ANALYST)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"system\":\""
                        + system
                        + "\",\"takenAt\":\"2026-01-01T00:00:00Z\",\"objects\":5}"))
        .andExpect(status().isForbidden());
  }

  private long findingId() throws Exception {
    String body =
        mvc.perform(get("/api/v1/watch/systems/" + system).with(bearer(token)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return com.jayway.jsonpath.JsonPath.<Number>read(body, "$.findings[0].id").longValue();
  }

  private ResultActions send(String path, String json) throws Exception {
    return mvc.perform(
        post(path).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
