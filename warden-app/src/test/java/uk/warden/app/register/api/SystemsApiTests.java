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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;

class SystemsApiTests extends ApiTestSupport {

  private String token;
  private String host;

  @BeforeEach
  void signInWithAHost() throws Exception {
    token = tokenFor(Role.DPO);
    host = unique("host");
    mvc.perform(
            post("/api/v1/parties")
                .with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + host + "\",\"name\":\"Host\",\"kind\":\"SUPPLIER\"}"))
        .andExpect(status().isCreated());
  }

  @Test
  void createsReadsChangesAndDeletesASystem() throws Exception {
    String code = unique("payroll");

    send(post("/api/v1/systems"), system(code, host, "[\"user.name\",\"user.financial.salary\"]"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value(code));
    mvc.perform(get("/api/v1/systems/" + code).with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hostCode").value(host))
        .andExpect(
            jsonPath("$.categories", containsInAnyOrder("user.name", "user.financial.salary")))
        .andExpect(jsonPath("$.marking.classification").value("OFFICIAL"))
        .andExpect(jsonPath("$.marking.sensitive").value(true))
        .andExpect(jsonPath("$.recordCount").value(4500))
        .andExpect(jsonPath("$.population.kinds", containsInAnyOrder("OFFICER", "STAFF")))
        .andExpect(jsonPath("$.population.includesLeavers").value(true))
        .andExpect(jsonPath("$.owner").value("Head of HR"));
    mvc.perform(get("/api/v1/systems").param("q", code).with(bearer(token)))
        .andExpect(jsonPath("$.items[*].code", hasItem(code)));

    send(put("/api/v1/systems/" + code), system(code, null, "[\"user.contact.email\"]"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/systems/" + code).with(bearer(token)))
        .andExpect(jsonPath("$.hostCode").doesNotExist())
        .andExpect(jsonPath("$.categories", containsInAnyOrder("user.contact.email")));

    mvc.perform(delete("/api/v1/systems/" + code).with(bearer(token)))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/systems/" + code).with(bearer(token)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("no system " + code));
  }

  @Test
  void answersUnknownSystemsWithNotFound() throws Exception {
    String ghost = unique("ghost");

    mvc.perform(delete("/api/v1/systems/" + ghost).with(bearer(token)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("Not found"));
    send(put("/api/v1/systems/" + ghost), system(ghost, host, "[]"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void refusesUnknownCategoryKeysNamingTheField() throws Exception {
    String code = unique("sys");

    expectBadField(
            send(post("/api/v1/systems"), system(code, host, "[\"user.name\",\"user.shoe_size\"]")),
            "categories")
        .andExpect(jsonPath("$.problems[0].reason", containsString("user.shoe_size")));
    mvc.perform(get("/api/v1/systems/" + code).with(bearer(token)))
        .andExpect(status().isNotFound());
  }

  @Test
  void refusesAnUnknownHostParty() throws Exception {
    String code = unique("sys");

    expectBadField(send(post("/api/v1/systems"), system(code, unique("ghost"), "[]")), "hostCode");
    mvc.perform(get("/api/v1/systems/" + code).with(bearer(token)))
        .andExpect(status().isNotFound());
  }

  @Test
  void refusesADuplicateCode() throws Exception {
    String code = unique("sys");
    send(post("/api/v1/systems"), system(code, host, "[]")).andExpect(status().isCreated());

    expectBadField(send(post("/api/v1/systems"), system(code, null, "[]")), "code");
    mvc.perform(get("/api/v1/systems/" + code).with(bearer(token)))
        .andExpect(jsonPath("$.hostCode").value(host));
  }

  @Test
  void refusesANegativeRecordCount() throws Exception {
    send(post("/api/v1/systems"), system(unique("sys"), host, "[]").replace("4500", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("negative record count")));
  }

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String body)
      throws Exception {
    return mvc.perform(
        request.with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static ResultActions expectBadField(ResultActions result, String field) throws Exception {
    return result
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Bad input"))
        .andExpect(jsonPath("$.problems[0].field").value(field));
  }

  private static String system(String code, String host, String categories) {
    return """
        {"code":"%s","name":"Payroll %s",%s"categories":%s,
         "marking":{"classification":"OFFICIAL","sensitive":true},"recordCount":4500,
         "population":{"kinds":["OFFICER","STAFF"],"includesLeavers":true},"owner":"Head of HR"}
        """
        .formatted(code, code, host == null ? "" : "\"hostCode\":\"" + host + "\",", categories);
  }
}
