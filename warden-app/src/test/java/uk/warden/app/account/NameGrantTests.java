package uk.warden.app.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import uk.warden.app.register.PeopleWriter;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;

/** An analyst sees people as pay numbers and attributes, and their names only with the grant. */
class NameGrantTests extends ApiTestSupport {

  private static final String PASSWORD = "a long enough password";

  @Autowired PeopleWriter people;

  private String unit;
  private String pay;

  @BeforeEach
  void aPersonInTheirOwnUnit() {
    unit = unique("unit");
    pay = unique("NG").toUpperCase();
    people.upsert(
        List.of(
            new Person(
                null,
                pay,
                "Marsden",
                "Ruth",
                PersonKind.OFFICER,
                "PC",
                null,
                unit,
                Set.of(),
                List.of(),
                EmploymentStatus.SERVING,
                null,
                List.of(),
                "photos/marsden.jpg")));
  }

  @Test
  void anAnalystWithoutTheGrantSeesPayNumbersButNoNames() throws Exception {
    String analyst = tokenFor(Role.ANALYST);

    mvc.perform(get("/api/v1/people").param("unit", unit).with(bearer(analyst)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].payNumber").value(pay))
        .andExpect(jsonPath("$.items[0].rankCode").value("PC"))
        .andExpect(jsonPath("$.items[0].surname").doesNotExist())
        .andExpect(jsonPath("$.items[0].forenames").doesNotExist())
        .andExpect(jsonPath("$.items[0].photoRef").doesNotExist());
    mvc.perform(get("/api/v1/people").param("q", "marsden").with(bearer(analyst)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("q"));
    mvc.perform(get("/api/v1/people/" + pay).with(bearer(analyst)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/people/" + pay + "/locations").with(bearer(analyst)))
        .andExpect(status().isForbidden());
  }

  @Test
  void theGrantShowsNamesAtTheNextCallAndItsRevocationHidesThem() throws Exception {
    String name = unique("analyst");
    accounts.createUser(name, Role.ANALYST, PASSWORD);
    String token = accounts.createToken(name, "test", null).secret();

    nameGrants.grant(name);

    mvc.perform(get("/api/v1/people").param("unit", unit).with(bearer(token)))
        .andExpect(jsonPath("$.items[0].surname").value("Marsden"))
        .andExpect(jsonPath("$.items[0].photoRef").value("photos/marsden.jpg"));
    mvc.perform(
            get("/api/v1/people/" + pay).with(bearer(token)).header("X-Warden-Reason", "a query"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.forenames").value("Ruth"));

    nameGrants.revoke(name);

    mvc.perform(get("/api/v1/people").param("unit", unit).with(bearer(token)))
        .andExpect(jsonPath("$.items[0].surname").doesNotExist());
    mvc.perform(get("/api/v1/people/" + pay).with(bearer(token))).andExpect(status().isForbidden());
  }

  @Test
  void thePeoplePageMasksNamesUnlessTheSignedInAnalystHoldsTheGrant() throws Exception {
    String plain = unique("analyst");
    String granted = unique("analyst");
    accounts.createUser(plain, Role.ANALYST, PASSWORD);
    accounts.createUser(granted, Role.ANALYST, PASSWORD);
    nameGrants.grant(granted);

    MockHttpSession without = signIn(plain);
    mvc.perform(get("/people").param("unit", unit).session(without))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(">" + pay + "</td>")))
        .andExpect(content().string(containsString(">—</td>")))
        .andExpect(content().string(not(containsString("Marsden"))))
        .andExpect(content().string(not(containsString("href=\"/people/" + pay + "\""))))
        .andExpect(content().string(not(containsString("id=\"q\""))));
    mvc.perform(get("/people/" + pay).session(without)).andExpect(status().isForbidden());
    mvc.perform(get("/people").param("q", "Marsden").session(without))
        .andExpect(status().isBadRequest());

    MockHttpSession with = signIn(granted);
    mvc.perform(get("/people").param("unit", unit).session(with))
        .andExpect(content().string(containsString("Marsden, Ruth")))
        .andExpect(content().string(containsString("href=\"/people/" + pay + "\"")));
  }

  @Test
  void grantsAreOnTheAuditRecordAndOnlyForAnalysts() throws Exception {
    String name = unique("analyst");
    accounts.createUser(name, Role.ANALYST, PASSWORD);
    nameGrants.grant(name);
    nameGrants.revoke(name);

    mvc.perform(
            get("/api/v1/audit").param("record", "user:" + name).with(bearer(tokenFor(Role.DPO))))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items[0].event.action").value("user.revoke-names"))
        .andExpect(jsonPath("$.items[1].event.action").value("user.grant-names"))
        .andExpect(jsonPath("$.items[2].event.action").value("user.create"));

    String dpo = unique("dpo");
    accounts.createUser(dpo, Role.DPO, PASSWORD);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> nameGrants.grant(dpo))
        .hasMessageContaining("only an ANALYST needs the grant");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> nameGrants.grant("nobody-at-all"))
        .hasMessageContaining("no user nobody-at-all");
  }

  private MockHttpSession signIn(String name) throws Exception {
    return (MockHttpSession)
        mvc.perform(formLogin().user(name).password(PASSWORD))
            .andReturn()
            .getRequest()
            .getSession();
  }
}
