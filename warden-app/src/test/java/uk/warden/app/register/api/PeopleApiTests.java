package uk.warden.app.register.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.warden.app.account.Role;
import uk.warden.app.register.PeopleWriter;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

class PeopleApiTests extends ApiTestSupport {

  @Autowired PeopleWriter writer;

  private String token;
  private String unit;

  @BeforeEach
  void aUnitOfSevenPeople() {
    token = tokenFor(Role.AUDITOR);
    unit = unique("unit");
    List<Person> people = new ArrayList<>();
    String[] surnames = {"Grey", "Adams", "Fox", "Cole", "Early", "Baker", "Dunn"};
    for (int i = 0; i < surnames.length; i++) {
      boolean officer = i % 2 == 0;
      people.add(
          new Person(
              null,
              unit + "-" + i,
              surnames[i],
              "Pat",
              officer ? PersonKind.OFFICER : PersonKind.STAFF,
              officer ? (i == 4 ? "PS" : "PC") : null,
              officer ? null : "Band 4",
              unit,
              i == 1 ? Set.of(SensitivityFlag.COVERT) : Set.of(),
              i == 2
                  ? List.of(new Clearance(ClearanceLevel.NPPV3, null, null, ClearanceStatus.ACTIVE))
                  : List.of(),
              i == 3 ? EmploymentStatus.LEFT : EmploymentStatus.SERVING,
              i == 3 ? LocalDate.of(2024, 1, 31) : null,
              List.of(),
              null));
    }
    writer.upsert(people);
  }

  @Test
  void searchesAPageAtATimeInPayNumberOrder() throws Exception {
    search("unit=" + unit + "&size=3&page=2")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(7))
        .andExpect(jsonPath("$.page").value(2))
        .andExpect(jsonPath("$.size").value(3))
        .andExpect(jsonPath("$.items[*].surname", contains("Cole", "Early", "Baker")));
    search("unit=" + unit + "&size=3&page=3")
        .andExpect(jsonPath("$.items[*].surname", contains("Dunn")));
    search("unit=" + unit)
        .andExpect(jsonPath("$.size").value(50))
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.items", hasSize(7)));
  }

  @Test
  void filtersByEveryFacet() throws Exception {
    String u = "unit=" + unit;
    search(u + "&kind=STAFF")
        .andExpect(jsonPath("$.items[*].surname", contains("Adams", "Cole", "Baker")));
    search(u + "&rank=PS").andExpect(jsonPath("$.items[*].surname", contains("Early")));
    search(u + "&status=LEFT").andExpect(jsonPath("$.items[*].surname", contains("Cole")));
    search(u + "&clearance=NPPV3").andExpect(jsonPath("$.items[*].surname", contains("Fox")));
    search(u + "&flag=COVERT").andExpect(jsonPath("$.items[*].surname", contains("Adams")));
    search(u + "&q=GREY").andExpect(jsonPath("$.total").value(1));
    search("q=" + unit + "-6").andExpect(jsonPath("$.items[*].surname", contains("Dunn")));
    search(u + "&kind=OFFICER&status=SERVING").andExpect(jsonPath("$.total").value(4));
  }

  @Test
  void capsThePageSizeAndRefusesUnknownFilterValues() throws Exception {
    search("unit=" + unit + "&size=100000").andExpect(jsonPath("$.size").value(500));
    search("kind=WIZARD")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Parameter 'kind' has an invalid value."));
    search("page=first").andExpect(status().isBadRequest());
  }

  @Test
  void showsOnePersonAndWhereTheirDataIs() throws Exception {
    String writerToken = tokenFor(Role.DPO);
    String system = unique("hr-core");
    mvc.perform(
            post("/api/v1/systems")
                .with(bearer(writerToken))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"code":"%s","name":"HR core","categories":["user.name"],
                     "marking":{"classification":"OFFICIAL","sensitive":false},"recordCount":7,
                     "population":{"kinds":["STAFF"],"includesLeavers":false}}
                    """
                        .formatted(system)))
        .andExpect(status().isCreated());

    mvc.perform(get("/api/v1/people/" + unit.toUpperCase() + "-1").with(bearer(token)))
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.action").value("person.view"))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-Warden-Reason")));
    mvc.perform(
            get("/api/v1/people/" + unit.toUpperCase() + "-1")
                .with(bearer(token))
                .header("X-Warden-Reason", "test case"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.surname").value("Adams"))
        .andExpect(jsonPath("$.flags", contains("COVERT")));
    mvc.perform(
            get("/api/v1/people/" + unit + "-1/locations")
                .with(bearer(token))
                .header("X-Warden-Reason", "test case"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].system.code", hasItem(system)));
    // A leaver is not in a system that drops leavers.
    mvc.perform(
            get("/api/v1/people/" + unit + "-3/locations")
                .with(bearer(token))
                .header("X-Warden-Reason", "test case"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.system.code == '" + system + "')]").isEmpty());
    mvc.perform(
            get("/api/v1/people/" + unit + "-99")
                .with(bearer(token))
                .header("X-Warden-Reason", "test case"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void addsAndCorrectsAPersonButNotTwice() throws Exception {
    String writerToken = tokenFor(Role.DPO);
    String pay = unit + "-new";
    String body =
        """
        {"payNumber":"%s","surname":"Newman","forenames":"Nia","kind":"STAFF","unitCode":"%s",
         "flags":[],"clearances":[],"status":"SERVING","identifiers":[]}
        """
            .formatted(pay, unit);

    mvc.perform(
            post("/api/v1/people")
                .with(bearer(writerToken))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNumber())
        .andExpect(jsonPath("$.payNumber").value(pay));
    mvc.perform(
            post("/api/v1/people")
                .with(bearer(writerToken))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("payNumber"));
    mvc.perform(
            put("/api/v1/people/" + pay)
                .with(bearer(writerToken))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("Newman", "Newer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.surname").value("Newer"));
    mvc.perform(
            put("/api/v1/people/" + unit + "-0")
                .with(bearer(writerToken))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("payNumber"));

    search("unit=" + unit).andExpect(jsonPath("$.total").value(8));
  }

  private ResultActions search(String query) throws Exception {
    return mvc.perform(get("/api/v1/people?" + query).with(bearer(token)));
  }
}
