package uk.warden.app.register.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.warden.app.account.Role;
import uk.warden.app.register.store.UnitStore;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.core.register.Unit;

class AgreementsApiTests extends ApiTestSupport {

  private String token;
  private String party;

  @Autowired UnitStore units;

  @BeforeEach
  void signInWithAParty() throws Exception {
    token = tokenFor(Role.ADMIN);
    party = unique("party");
    mvc.perform(
            post("/api/v1/parties")
                .with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + party + "\",\"name\":\"Party\",\"kind\":\"SUPPLIER\"}"))
        .andExpect(status().isCreated());
  }

  @Test
  void createsReadsChangesAndDeletesAnAgreement() throws Exception {
    String code = unique("deal");

    send(post("/api/v1/agreements"), agreement(code, party, "2024-04-01", "\"2027-03-31\""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value(code));
    mvc.perform(get("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.partyCode").value(party))
        .andExpect(jsonPath("$.regime").value("UK_GDPR"))
        .andExpect(jsonPath("$.start").value("2024-04-01"))
        .andExpect(jsonPath("$.end").value("2027-03-31"))
        .andExpect(jsonPath("$.retentionMonths").value(6))
        .andExpect(jsonPath("$.exitTerms").value("Delete within 30 days"))
        .andExpect(
            jsonPath(
                "$.permittedCategories", containsInAnyOrder("user.name", "user.financial.salary")));
    mvc.perform(get("/api/v1/agreements").param("party", party).with(bearer(token)))
        .andExpect(jsonPath("$.items[*].code", hasItem(code)));

    send(put("/api/v1/agreements/" + code), agreement(code, party, "2024-04-01", "null"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(jsonPath("$.end").doesNotExist());

    mvc.perform(delete("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("no agreement " + code));
  }

  @Test
  void refusesAnAgreementThatEndsBeforeItStarts() throws Exception {
    String code = unique("deal");

    send(post("/api/v1/agreements"), agreement(code, party, "2024-04-01", "\"2024-03-31\""))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Bad input"))
        .andExpect(jsonPath("$.detail", containsString("ends before it starts")));
    mvc.perform(get("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(status().isNotFound());
  }

  @Test
  void refusesAnUnknownPartyOrCategoryNamingTheFields() throws Exception {
    String code = unique("deal");

    send(
            post("/api/v1/agreements"),
            agreement(code, unique("ghost"), "2024-04-01", "null")
                .replace("user.name", "user.nope"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[*].field", containsInAnyOrder("partyCode", "categories")));
    mvc.perform(get("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(status().isNotFound());
  }

  @Test
  void refusesADuplicateCodeAndAnUnknownAgreement() throws Exception {
    String code = unique("deal");
    send(post("/api/v1/agreements"), agreement(code, party, "2024-04-01", "null"))
        .andExpect(status().isCreated());

    send(post("/api/v1/agreements"), agreement(code, party, "2025-04-01", "null"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("code"));
    String ghost = unique("ghost");
    send(put("/api/v1/agreements/" + ghost), agreement(ghost, party, "2024-04-01", "null"))
        .andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/agreements/" + ghost).with(bearer(token)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(jsonPath("$.start").value("2024-04-01"));
  }

  @Test
  void keepsAndShowsExtractRules() throws Exception {
    units.save(new Unit("north", "North", Set.of()));
    units.save(new Unit("south", "South", Set.of()));
    String code = unique("deal");
    send(post("/api/v1/agreements"), agreement(code, party, "2024-04-01", "null"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.extracts").doesNotExist());

    send(
            put("/api/v1/agreements/" + code),
            withRules(
                agreement(code, party, "2024-04-01", "null"),
                """
                {"people":"UNITS","units":["north","south"],"maxPeople":500,
                 "frequency":{"extracts":2,"days":30},"formats":["XLSX","CSV"]}
                """))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.extracts.people").value("UNITS"))
        .andExpect(jsonPath("$.extracts.units", containsInAnyOrder("north", "south")))
        .andExpect(jsonPath("$.extracts.maxPeople").value(500))
        .andExpect(jsonPath("$.extracts.frequency.extracts").value(2))
        .andExpect(jsonPath("$.extracts.frequency.days").value(30))
        .andExpect(jsonPath("$.extracts.formats", containsInAnyOrder("CSV", "XLSX")));

    send(
            put("/api/v1/agreements/" + code),
            withRules(
                agreement(code, party, "2024-04-01", "null"),
                "{\"people\":\"NAMED\",\"formats\":[\"CSV\"]}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(jsonPath("$.extracts.people").value("NAMED"))
        .andExpect(jsonPath("$.extracts.units").isEmpty())
        .andExpect(jsonPath("$.extracts.maxPeople").doesNotExist())
        .andExpect(jsonPath("$.extracts.formats", containsInAnyOrder("CSV")));
  }

  @Test
  void refusesBadExtractRulesNamingTheFields() throws Exception {
    String code = unique("deal");

    send(
            post("/api/v1/agreements"),
            withRules(
                agreement(code, party, "2024-04-01", "null"),
                "{\"people\":\"NAMED\",\"units\":[\"north\"],\"maxPeople\":0," + "\"formats\":[]}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath(
                "$.problems[*].field",
                containsInAnyOrder("extracts.units", "extracts.maxPeople", "extracts.formats")));
    mvc.perform(get("/api/v1/agreements/" + code).with(bearer(token)))
        .andExpect(status().isNotFound());
    send(
            post("/api/v1/agreements"),
            withRules(
                agreement(code, party, "2024-04-01", "null"),
                "{\"people\":\"UNITS\",\"units\":[\"nowhere\"],\"formats\":[\"CSV\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[*].field", containsInAnyOrder("extracts.units")));
  }

  private static String withRules(String agreement, String rules) {
    String trimmed = agreement.strip();
    return trimmed.substring(0, trimmed.length() - 1) + ",\"extracts\":" + rules + "}";
  }

  private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
    return mvc.perform(
        request.with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static String agreement(String code, String party, String start, String end) {
    return """
        {"code":"%s","partyCode":"%s","title":"Payroll services","purpose":"Pay people",
         "lawfulBasis":"UK GDPR Art 6(1)(b)","regime":"UK_GDPR",
         "permittedCategories":["user.name","user.financial.salary"],
         "start":"%s","end":%s,"retentionMonths":6,"exitTerms":"Delete within 30 days"}
        """
        .formatted(code, party, start, end);
  }
}
