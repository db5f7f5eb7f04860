package uk.warden.app.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import uk.warden.app.account.Role;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.app.testing.Holder;

/**
 * File names and path variables that climb out of a folder: uploads named {@code ../../x}, encoded
 * or absolute, to every upload, and such paths in place of a code. Each is refused or reduced to
 * its last part; no file appears where the name points, and what is shown of the name has no path
 * in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadAttackTests extends ApiTestSupport {

  private static final AttackTally TALLY = new AttackTally("path traversal");
  private static final String MARK = "warden-traversal-" + UUID.randomUUID();

  static final List<String> NAMES =
      List.of(
          "../../../../tmp/" + MARK + ".csv",
          "..%2f..%2f..%2ftmp%2f" + MARK + ".csv",
          "/tmp/" + MARK + ".csv",
          "..\\..\\..\\tmp\\" + MARK + ".csv",
          "C:\\Windows\\Temp\\" + MARK + ".csv");

  /** Each upload as {@code path part}; the pages' forms post as a signed-in DPO. */
  static final List<String> UPLOADS =
      List.of(
          "/api/v1/inspections file",
          "/api/v1/imports/people file",
          "/api/v1/imports/register file",
          "/api/v1/access-events file",
          "/api/v1/watch/migrations before",
          "/disclosures file",
          "/imports/people file",
          "/imports/register file");

  static final List<String> PATHS =
      List.of(
          "/api/v1/parties/..%2F..%2Fetc%2Fpasswd",
          "/api/v1/systems/..;/..;/etc/passwd",
          "/api/v1/people/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "/api/v1/watch/systems/..%5c..%5cwindows",
          "/parties/..%2F..%2Fetc%2Fpasswd",
          "/systems/%2e%2e/%2e%2e/etc/passwd",
          "/watch/systems/..%252f..%252fetc");

  private String dpo;

  @BeforeAll
  void aDpo() {
    dpo = tokenFor(Role.DPO);
  }

  static Stream<Arguments> everyUploadWithEveryName() {
    return UPLOADS.stream().flatMap(u -> NAMES.stream().map(n -> Arguments.of(u, n)));
  }

  @ParameterizedTest(name = "{0} named {1}")
  @MethodSource("everyUploadWithEveryName")
  void anUploadNameNeverLeavesTheFolder(String upload, String name) throws Exception {
    String path = upload.substring(0, upload.indexOf(' '));
    String part = upload.substring(upload.indexOf(' ') + 1);
    var request =
        multipart(path)
            .file(
                new MockMultipartFile(
                    part,
                    name,
                    "text/csv",
                    "pay_number,surname\nX1,Example\n".getBytes(StandardCharsets.UTF_8)));
    if (path.startsWith("/api/")) {
      request.with(bearer(dpo));
    } else {
      request.with(Holder.of(Role.DPO).session()).with(csrf());
    }

    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

    assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(500);
    assertThat(Files.exists(Path.of("/tmp", MARK + ".csv"))).isFalse();
    assertThat(response.getContentAsString()).doesNotContain("../").doesNotContain("..\\");
    TALLY.tried();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traversalPaths")
  void aPathVariableThatClimbsIsRefusedOrNotFound(String path) throws Exception {
    var request = get(path);
    request.with(path.startsWith("/api/") ? bearer(dpo) : Holder.of(Role.DPO).session());

    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

    assertThat(response.getStatus()).isIn(400, 404);
    assertThat(response.getContentAsString()).doesNotContain("root:");
    TALLY.tried();
  }

  static Stream<String> traversalPaths() {
    return PATHS.stream();
  }

  @AfterAll
  static void sayHowMany() {
    TALLY.report();
  }
}
