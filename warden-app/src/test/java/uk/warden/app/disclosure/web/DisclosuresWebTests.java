package uk.warden.app.disclosure.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import uk.warden.app.disclosure.ReleaseService;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Finding;
import uk.warden.inspect.report.Severity;
import uk.warden.inspect.report.Verdict;

/** The disclosure pages' forms: who may post them, CSRF, and what a refused decision shows. */
class DisclosuresWebTests extends ApiTestSupport {

  @Autowired ReleaseService releases;

  private long recorded(Verdict verdict) {
    String file = unique("answer") + ".xlsx";
    FileReport report =
        FileReport.of(
            file,
            Format.XLSX,
            2_048,
            verdict,
            List.of(
                new Finding(
                    "HIDDEN_SHEET",
                    Severity.MEDIUM,
                    verdict,
                    Location.of(file).part("Sheet2"),
                    1,
                    "a hidden sheet with 40 rows")),
            List.of(),
            Map.of());
    return releases.record(report, "ab".repeat(32), Expectation.UNSTATED, "uploader").id();
  }

  @Test
  void readersSeeTheReportButNoFormsAndMayNotPostThem() throws Exception {
    long id = recorded(Verdict.REVIEW);

    mvc.perform(get("/disclosures").with(user("reader").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/disclosures/" + id)))
        .andExpect(content().string(not(containsString("id=\"upload-form\""))));
    mvc.perform(get("/disclosures/" + id).with(user("reader").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("a hidden sheet with 40 rows")))
        .andExpect(content().string(containsString("a hidden sheet</td>")))
        .andExpect(content().string(not(containsString("id=\"decision-form\""))));
    mvc.perform(
            post("/disclosures/" + id + "/decisions")
                .with(user("reader").roles("ANALYST"))
                .with(csrf())
                .param("decision", "APPROVE")
                .param("reason", "looks fine to me"))
        .andExpect(status().isForbidden());
    mvc.perform(
            multipart("/disclosures")
                .file(new MockMultipartFile("file", "a.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                .with(user("reader").roles("AUDITOR"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aDecisionNeedsTheFormsCsrfToken() throws Exception {
    long id = recorded(Verdict.PASS);

    mvc.perform(
            post("/disclosures/" + id + "/decisions")
                .with(user("writer").roles("DPO"))
                .param("decision", "APPROVE"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aDecisionIsRecordedUnderTheSignedInNameAndARefusedOneIsExplained() throws Exception {
    long id = recorded(Verdict.REVIEW);
    String writer = unique("dpo");

    mvc.perform(
            post("/disclosures/" + id + "/decisions")
                .with(user(writer).roles("DPO"))
                .with(csrf())
                .param("decision", "APPROVE")
                .param("reason", "hidden sheet checked: it is empty"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/disclosures/" + id))
        .andExpect(flash().attribute("message", containsString("one more approval")));
    mvc.perform(
            post("/disclosures/" + id + "/decisions")
                .with(user(writer).roles("DPO"))
                .with(csrf())
                .param("decision", "APPROVE")
                .param("reason", "hidden sheet checked again"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Your decision was not recorded")))
        .andExpect(content().string(containsString("A second, different person must approve")))
        .andExpect(content().string(containsString(">hidden sheet checked again</textarea>")))
        .andExpect(content().string(not(containsString("id=\"approve\""))))
        .andExpect(content().string(containsString("id=\"reject\"")));
    mvc.perform(
            post("/disclosures/" + id + "/decisions")
                .with(user(unique("dpo")).roles("ADMIN"))
                .with(csrf())
                .param("decision", "APPROVE")
                .param("reason", "ok"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("needs a reason of at least 3 words")));
  }

  @Test
  void anUploadWithoutAFileIsRefusedOnThePage() throws Exception {
    mvc.perform(
            multipart("/disclosures")
                .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                .with(user(unique("dpo")).roles("DPO"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The file was not inspected")))
        .andExpect(content().string(containsString("choose a file to inspect")));
  }

  @Test
  void anUnknownInspectionIsNotFound() throws Exception {
    mvc.perform(get("/disclosures/987654321").with(user("reader").roles("ANALYST")))
        .andExpect(status().isNotFound());
  }
}
