package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code warden inspect} as a user runs it: exit codes by verdict, bad input named with exit 2, the
 * JSON shape the issue names. No store is needed, so these run without Spring.
 */
class InspectCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void theWorkforceMatchCountsTheForcesOwnPeopleWithoutPrintingThem() throws IOException {
    String data = dir.resolve("store").toString();
    assertThat(warden("generate", "--people", "300", "--seed", "11", "--data", data).exit())
        .isEqualTo(ExitCodes.OK);
    JsonNode people = JSON.readTree(warden("list", "people", "--json", "--data", data).out());
    StringBuilder csv = new StringBuilder("Surname,Forename,Pay number\n");
    for (int i = 0; i < 15; i++) {
      JsonNode person = people.get(i);
      csv.append(person.get("surname").asString())
          .append(',')
          .append(person.get("forenames").asString())
          .append(',')
          .append(i % 2 == 0 ? person.get("payNumber").asString() : "")
          .append('\n');
    }
    csv.append("Nobody,Known,ZZ999999\n");
    Path list = Files.writeString(dir.resolve("list.csv"), csv);

    CliRun matched = warden("inspect", "--json", "--workforce", "--data", data, list.toString());
    CliRun plain = warden("inspect", "--json", list.toString());

    JsonNode match = finding(JSON.readTree(matched.out()), "WORKFORCE_MATCH");
    assertThat(match.get("count").asLong()).isEqualTo(15);
    assertThat(match.get("verdict").asString()).isEqualTo("BLOCK");
    assertThat(matched.out()).doesNotContain(people.get(0).get("surname").asString() + ",");
    assertThat(finding(JSON.readTree(plain.out()), "WORKFORCE_MATCH")).isNull();
  }

  private static JsonNode finding(JsonNode report, String code) {
    for (JsonNode finding : report.get("findings")) {
      if (finding.get("code").asString().equals(code)) {
        return finding;
      }
    }
    return null;
  }

  @Test
  void aTruncatedWorkbookIsRefusedWithItsNameAndExitTwo() throws IOException {
    Path broken = Files.write(dir.resolve("answer.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 8});

    CliRun run = warden("inspect", broken.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("answer.xlsx").contains("zip");
  }

  @Test
  void usageMistakesExitTwo() {
    assertThat(warden("inspect", dir.resolve("missing.csv").toString()).err())
        .contains("missing.csv")
        .contains("does not exist");
    assertThat(warden("inspect", "--expect", "everything", dir.toString()).exit())
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(warden("inspect").exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void theJsonReportHasTheFieldsTheIssueNames() throws IOException {
    Path garbage = Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 0, 3, 4, 5, 0});

    CliRun run = warden("inspect", "--json", garbage.toString());

    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("file").asString()).endsWith("blob.bin");
    assertThat(report.get("format").asString()).isEqualTo("UNKNOWN");
    assertThat(report.get("verdict").asString()).isEqualTo("BLOCK");
    JsonNode finding = report.get("findings").get(0);
    assertThat(finding.get("code").asString()).isEqualTo("UNINSPECTABLE");
    assertThat(finding.has("severity")).isTrue();
    assertThat(finding.get("location").get("file").asString()).endsWith("blob.bin");
    assertThat(finding.get("count").asLong()).isEqualTo(1);
    assertThat(finding.get("detail").asString()).contains("cannot be cleared");
    // Blocked files exit 1, the exit a pipeline stops on.
    assertThat(run.exit()).isEqualTo(ExitCodes.BLOCKING_FINDINGS);
  }

  @Test
  void aFolderIsScannedWholeAndUnreadableFilesMakeItExitTwo() throws IOException {
    Path log = Files.createDirectories(dir.resolve("log/2023"));
    Files.write(log.resolve("a.bin"), new byte[] {0, 1, 0, 1});
    Files.write(log.resolve("b.xlsx"), new byte[] {'P', 'K', 3, 4, 9});

    CliRun run = warden("inspect", dir.resolve("log").toString());

    assertThat(run.out()).contains("a.bin").contains("UNREADABLE").contains("b.xlsx");
    assertThat(run.out()).contains("2 files");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }
}
