package uk.warden.app.register.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;

class ImportsApiTests extends ApiTestSupport {

  @Test
  void importsPeopleFromAnUploadedCsv() throws Exception {
    String pay = unique("API");
    String token = tokenFor(Role.DPO);

    mvc.perform(
            multipart("/api/v1/imports/people")
                .file(csv("staff.csv", "pay_number,surname,rank\n" + pay + ",Example,PS\n"))
                .with(bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rowsRead").value(1))
        .andExpect(jsonPath("$.added").value(1));
    mvc.perform(
            get("/api/v1/people/" + pay).with(bearer(token)).header("X-Warden-Reason", "test case"))
        .andExpect(jsonPath("$.rankCode").value("PS"));
    mvc.perform(get("/api/v1/imports").with(bearer(token)))
        .andExpect(jsonPath("$[*].sourceName", hasItem("staff.csv")));
  }

  @Test
  void refusesAFileWithABadRowAsProblemDetailsNamingTheRow() throws Exception {
    String pay = unique("BAD");
    mvc.perform(
            multipart("/api/v1/imports/people")
                .file(
                    csv(
                        "bad.csv",
                        "pay_number,surname,rank\n"
                            + pay
                            + ",Fine,PC\n"
                            + pay
                            + "X,Wrong,Captain\n"))
                .with(bearer(tokenFor(Role.ADMIN))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].source").value("bad.csv"))
        .andExpect(jsonPath("$.problems[0].row").value(3))
        .andExpect(jsonPath("$.problems[0].field").value("rank"));
    mvc.perform(
            get("/api/v1/people/" + pay)
                .with(bearer(tokenFor(Role.ADMIN)))
                .header("X-Warden-Reason", "test case"))
        .andExpect(status().isNotFound());
  }

  @Test
  void plansARegisterFileWithoutApplyingIt() throws Exception {
    String code = unique("planned");
    String yaml =
        "units: []\nparties:\n  - {code: "
            + code
            + ", name: Planned Ltd, kind: SUPPLIER}\nsystems: []\nagreements: []\n";
    mvc.perform(
            multipart("/api/v1/imports/register")
                .file(
                    new MockMultipartFile(
                        "file",
                        "register.yaml",
                        "application/yaml",
                        yaml.getBytes(StandardCharsets.UTF_8)))
                .with(bearer(tokenFor(Role.DPO))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.applied").value(false))
        .andExpect(jsonPath("$.changes[*].code", hasItem(code)));
    mvc.perform(get("/api/v1/parties/" + code).with(bearer(tokenFor(Role.DPO))))
        .andExpect(status().isNotFound());
  }

  @Test
  void readersCannotImport() throws Exception {
    mvc.perform(
            multipart("/api/v1/imports/people")
                .file(csv("x.csv", "pay_number,surname\nR1,Reader\n"))
                .with(bearer(tokenFor(Role.AUDITOR))))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail", containsString("role")));
  }

  private static MockMultipartFile csv(String name, String content) {
    return new MockMultipartFile(
        "file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
  }
}
