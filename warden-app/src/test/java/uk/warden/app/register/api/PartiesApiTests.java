package uk.warden.app.register.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;

class PartiesApiTests extends ApiTestSupport {

  private String token;

  @BeforeEach
  void signIn() {
    token = tokenFor(Role.DPO);
  }

  @Test
  void createsReadsChangesAndDeletesAParty() throws Exception {
    String code = unique("acme");

    send("POST", "/api/v1/parties", assured(code, "Acme Payroll Ltd"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.assurance.cyberEssentials").value("PLUS"));
    mvc.perform(get("/api/v1/parties/" + code).with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Acme Payroll Ltd"))
        .andExpect(jsonPath("$.kind").value("SUPPLIER"))
        .andExpect(jsonPath("$.assurance.cyberEssentialsExpires").value("2027-01-31"))
        .andExpect(jsonPath("$.assurance.breachNotificationHours").value(24))
        .andExpect(jsonPath("$.assurance.rightToAudit").value(true))
        .andExpect(jsonPath("$.assurance.deleteOrReturnAtExit").value(false))
        .andExpect(jsonPath("$.assurance.requiredStaffVetting").value("NPPV2A"));
    mvc.perform(get("/api/v1/parties").param("q", code).with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", hasItem(code)));

    send("PUT", "/api/v1/parties/" + code, assured(code, "Acme Renamed"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Acme Renamed"));
    mvc.perform(get("/api/v1/parties/" + code).with(bearer(token)))
        .andExpect(jsonPath("$.name").value("Acme Renamed"));

    mvc.perform(delete("/api/v1/parties/" + code).with(bearer(token)))
        .andExpect(status().isNoContent());
    expectNotFound(get("/api/v1/parties/" + code), "no party " + code);
    mvc.perform(get("/api/v1/parties").param("q", code).with(bearer(token)))
        .andExpect(jsonPath("$.items[*].code", not(hasItem(code))));
  }

  @Test
  void listsPartiesAPageAtATimeFilteredByKindAndText() throws Exception {
    String code = unique("filterco");
    send("POST", "/api/v1/parties", assured(code, "Filterable Widgets Ltd"))
        .andExpect(status().isCreated());

    mvc.perform(
            get("/api/v1/parties")
                .param("q", "filterable widgets")
                .param("kind", "SUPPLIER")
                .with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", hasItem(code)))
        .andExpect(jsonPath("$.page").value(1));
    mvc.perform(
            get("/api/v1/parties").param("q", code).param("kind", "INTERNAL").with(bearer(token)))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/parties").param("size", "1").with(bearer(token)))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.size").value(1));
  }

  @Test
  void answersUnknownPartiesWithNotFound() throws Exception {
    String ghost = unique("ghost");

    expectNotFound(get("/api/v1/parties/" + ghost), "no party " + ghost);
    expectNotFound(get("/api/v1/parties/" + ghost + "/exposure"), "no party " + ghost);
    expectNotFound(delete("/api/v1/parties/" + ghost), "no party " + ghost);
    mvc.perform(
            put("/api/v1/parties/" + ghost)
                .with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(simple(ghost, "SUPPLIER", null)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void refusesADuplicateCodeNamingTheField() throws Exception {
    String code = unique("dup");
    send("POST", "/api/v1/parties", simple(code, "SUPPLIER", null)).andExpect(status().isCreated());

    expectBadField(send("POST", "/api/v1/parties", simple(code, "INTERNAL", null)), "code")
        .andExpect(jsonPath("$.problems[0].reason", containsString("already exists")));
    mvc.perform(get("/api/v1/parties/" + code).with(bearer(token)))
        .andExpect(jsonPath("$.kind").value("SUPPLIER"));
  }

  @Test
  void refusesASubProcessorOfAnUnknownSupplier() throws Exception {
    String code = unique("sub");

    expectBadField(
        send("POST", "/api/v1/parties", simple(code, "SUB_PROCESSOR", unique("ghost"))),
        "parentCode");
    expectNotFound(get("/api/v1/parties/" + code), "no party " + code);
  }

  @Test
  void keepsASubProcessorOfAKnownSupplier() throws Exception {
    String supplier = unique("sup");
    String sub = unique("sub");
    send("POST", "/api/v1/parties", simple(supplier, "SUPPLIER", null))
        .andExpect(status().isCreated());

    send("POST", "/api/v1/parties", simple(sub, "SUB_PROCESSOR", supplier))
        .andExpect(status().isCreated());

    mvc.perform(get("/api/v1/parties/" + sub).with(bearer(token)))
        .andExpect(jsonPath("$.parentCode").value(supplier));
    expectBadField(send("DELETE", "/api/v1/parties/" + supplier, null), "code")
        .andExpect(jsonPath("$.problems[0].reason", containsString("sub-processors")));
  }

  @Test
  void refusesAPathAndBodyThatNameDifferentParties() throws Exception {
    String code = unique("a");
    send("POST", "/api/v1/parties", simple(code, "SUPPLIER", null)).andExpect(status().isCreated());

    expectBadField(
        send("PUT", "/api/v1/parties/" + code, simple(unique("b"), "SUPPLIER", null)), "code");
  }

  @Test
  void refusesToDeleteAPartyThatStillHostsASystem() throws Exception {
    String party = unique("host");
    String system = unique("sys");
    send("POST", "/api/v1/parties", simple(party, "SUPPLIER", null))
        .andExpect(status().isCreated());
    send(
            "POST",
            "/api/v1/systems",
            "{\"code\":\""
                + system
                + "\",\"name\":\"S\",\"hostCode\":\""
                + party
                + "\",\"categories\":[\"user.name\"],\"marking\":{\"classification\":\"OFFICIAL\",\"sensitive\":false},"
                + "\"recordCount\":10}")
        .andExpect(status().isCreated());

    expectBadField(send("DELETE", "/api/v1/parties/" + party, null), "code");

    mvc.perform(get("/api/v1/parties/" + party).with(bearer(token))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/parties/" + party + "/exposure").with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.party.code").value(party))
        .andExpect(jsonPath("$.systems[0].code").value(system))
        .andExpect(jsonPath("$.highestMarking.classification").value("OFFICIAL"));
  }

  @Test
  void refusesAnInvalidCodeOrBodySayingWhy() throws Exception {
    send("POST", "/api/v1/parties", simple("Not A Code", "SUPPLIER", null))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail", containsString("party code")));
    send("POST", "/api/v1/parties", simple(unique("k"), "WIZARD", null))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    send("POST", "/api/v1/parties", "{\"code\":")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("Bad input"))
        .andExpect(
            jsonPath("$.detail").value("The request body is not valid JSON for this resource."));
  }

  private ResultActions send(String method, String path, String body) throws Exception {
    var request =
        switch (method) {
          case "POST" -> post(path);
          case "PUT" -> put(path);
          case "DELETE" -> delete(path);
          default -> throw new IllegalArgumentException(method);
        };
    request.with(bearer(token));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private ResultActions expectBadField(ResultActions result, String field) throws Exception {
    return result
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://warden.invalid/problems/bad-input"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.problems[0].field").value(field));
  }

  private void expectNotFound(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String detail)
      throws Exception {
    mvc.perform(request.with(bearer(token)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://warden.invalid/problems/not-found"))
        .andExpect(jsonPath("$.title").value("Not found"))
        .andExpect(jsonPath("$.detail").value(detail));
  }

  private static String simple(String code, String kind, String parent) {
    return "{\"code\":\""
        + code
        + "\",\"name\":\"Party "
        + code
        + "\",\"kind\":\""
        + kind
        + "\""
        + (parent == null ? "" : ",\"parentCode\":\"" + parent + "\"")
        + "}";
  }

  private static String assured(String code, String name) {
    return """
        {"code":"%s","name":"%s","kind":"SUPPLIER",
         "assurance":{"cyberEssentials":"PLUS","cyberEssentialsExpires":"2027-01-31",
                      "breachNotificationHours":24,"rightToAudit":true,
                      "deleteOrReturnAtExit":false,"requiredStaffVetting":"NPPV2A",
                      "dataLocation":"UK"}}
        """
        .formatted(code, name);
  }
}
