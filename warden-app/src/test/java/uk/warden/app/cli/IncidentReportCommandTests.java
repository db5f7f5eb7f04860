package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.breach.report.NotificationList;

/**
 * {@code warden incident report} end to end, against a generated force (with its custody history
 * and the Kestrel incident) in an embedded store in a temporary folder. Generating costs a few
 * seconds, so the tests share one store and only read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentReportCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Path dir;
  private Path store;
  private String incident;
  private long peopleExposed;

  @BeforeAll
  void generateAForceWithItsIncident(@TempDir Path folder) {
    dir = folder;

    store = dir.resolve("store");
    CliRun generated = warden("generate", "--people", "600", "--seed", "5", "--data", data());
    assertThat(generated.exit()).as(generated.err()).isEqualTo(ExitCodes.OK);
    CliRun listed = warden("incident", "list", "--data", data());
    assertThat(listed.exit()).as(listed.err()).isEqualTo(ExitCodes.OK);
    List<String> rows = listed.out().lines().skip(1).toList();
    assertThat(rows).hasSize(1);
    incident = rows.get(0).split("\t")[0];
    CliRun impact = warden("impact", "--incident", incident, "--json", "--data", data());
    assertThat(impact.exit()).as(impact.err()).isEqualTo(ExitCodes.OK);
    peopleExposed = JSON.readTree(impact.out()).get("people").asLong();
    assertThat(peopleExposed).as("the demo incident must expose people to list").isPositive();
  }

  @Test
  void writesThePdfAndAListWithOneRowPerPersonExposedAndPrintsNoName() throws IOException {
    Path out = Files.createDirectories(dir.resolve("written"));
    Path pdf = out.resolve("report.pdf");
    Path csv = out.resolve("notify.csv");

    CliRun run =
        warden(
            "incident",
            "report",
            incident,
            "--pdf",
            pdf.toString(),
            "--reason",
            "test case",
            "--notification-list",
            csv.toString(),
            "--data",
            data());

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    byte[] report = Files.readAllBytes(pdf);
    assertThat(new String(report, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdfText(report)).contains(incident).contains("OFFICIAL-SENSITIVE");
    List<CSVRecord> records = csv(csv);
    assertThat(records.get(0).toList()).isEqualTo(NotificationList.HEADER);
    List<CSVRecord> people = records.subList(1, records.size());
    assertThat((long) people.size()).isEqualTo(peopleExposed);
    // Exactly these lines and nothing else: no name or pay number can have slipped out.
    assertThat(run.out().lines())
        .containsExactly(
            String.format("Wrote the incident report to %s (%,d bytes).", pdf, Files.size(pdf)),
            String.format(
                "Wrote the notification list to %s (%,d bytes, %,d people).",
                csv, Files.size(csv), peopleExposed));
    assertThat(run.err()).isEmpty();
    assertThat(run.stray()).isEmpty();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).as("no temporary file is left").containsExactlyInAnyOrder(pdf, csv);
    }
  }

  @Test
  void withJsonDescribesWhatWasWrittenForScripts() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("scripted")).resolve("notify.csv");

    CliRun run =
        warden(
            "incident",
            "report",
            incident,
            "--reason",
            "test case",
            "--notification-list",
            csv.toString(),
            "--json",
            "--data",
            data());

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode written = JSON.readTree(run.out());
    assertThat(written.size()).isEqualTo(1);
    assertThat(written.get(0).get("file").asString()).isEqualTo("notification-list");
    assertThat(written.get(0).get("path").asString()).isEqualTo(csv.toString());
    assertThat(written.get(0).get("bytes").asLong()).isEqualTo(Files.size(csv));
    assertThat(written.get(0).get("people").asLong()).isEqualTo(peopleExposed);
    assertThat(written.get(0).get("untraced").asLong()).isZero();
  }

  @Test
  void withNoFilePrintsTheIcoDraftAsTextOrJson() {
    CliRun text = warden("incident", "report", incident, "--data", data());
    CliRun json = warden("incident", "report", incident, "--json", "--data", data());

    assertThat(text.exit()).as(text.err()).isEqualTo(ExitCodes.OK);
    assertThat(text.out())
        .startsWith("ICO personal data breach report, draft for " + incident + ": ")
        .contains("Approximate numbers")
        .containsPattern(
            "Data subjects who could be affected: (At least [0-9,]+, up to )?"
                + String.format("%,d", peopleExposed)
                + "\n")
        .contains("72-hour deadline: ");
    assertThat(json.exit()).as(json.err()).isEqualTo(ExitCodes.OK);
    JsonNode draft = JSON.readTree(json.out());
    assertThat(draft.get("incidentId").asString()).isEqualTo(incident);
    assertThat(draft.get("scale").get("peopleUpTo").asLong()).isEqualTo(peopleExposed);
    assertThat(draft.has("deadline")).isTrue();
  }

  @Test
  void anUnknownIncidentIsBadInputNamingItAndLeavesNoFile() throws IOException {
    Path out = Files.createDirectories(dir.resolve("unknown"));

    CliRun run =
        warden(
            "incident",
            "report",
            "INC-1999-404",
            "--pdf",
            out.resolve("report.pdf").toString(),
            "--reason",
            "test case",
            "--notification-list",
            out.resolve("notify.csv").toString(),
            "--data",
            data());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("INC-1999-404").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anUnwritablePathIsBadInputNamingItAndLeavesNoFile() throws IOException {
    Path out = Files.createDirectories(dir.resolve("unwritable"));
    Path notAFolder = Files.writeString(out.resolve("plain-file"), "x");
    Path pdf = out.resolve("report.pdf");
    Path insideAFile = notAFolder.resolve("notify.csv");
    Path missingFolder = out.resolve("missing").resolve("notify.csv");

    // The report's place is claimed first, so its temporary file must be cleaned up.
    CliRun underAFile =
        warden(
            "incident",
            "report",
            incident,
            "--pdf",
            pdf.toString(),
            "--reason",
            "test case",
            "--notification-list",
            insideAFile.toString(),
            "--data",
            data());
    CliRun underNothing =
        warden("incident", "report", incident, "--pdf", missingFolder.toString(), "--data", data());
    CliRun aFolder =
        warden("incident", "report", incident, "--pdf", out.toString(), "--data", data());
    CliRun twice =
        warden(
            "incident",
            "report",
            incident,
            "--pdf",
            pdf.toString(),
            "--reason",
            "test case",
            "--notification-list",
            pdf.toString(),
            "--data",
            data());

    assertThat(underAFile.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(underAFile.err()).contains(insideAFile + ": cannot be written");
    assertThat(underNothing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(underNothing.err()).contains(missingFolder + ": cannot be written: no such folder");
    assertThat(aFolder.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(aFolder.err()).contains(out + ": is a folder, not a file");
    assertThat(twice.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(twice.err()).contains("--notification-list").contains("same file as --pdf");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(notAFolder);
    }
  }

  @Test
  void theListAsksForAReasonAndGoesOnTheAuditRecordWithIt() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("audited")).resolve("notify.csv");

    CliRun refused =
        warden(
            "incident",
            "report",
            incident,
            "--notification-list",
            csv.toString(),
            "--data",
            data());
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("--reason").contains("is required");
    assertThat(csv).doesNotExist();

    CliRun given =
        warden(
            "incident",
            "report",
            incident,
            "--notification-list",
            csv.toString(),
            "--reason",
            "Op Kestrel notification",
            "--data",
            data());
    assertThat(given.exit()).as(given.err()).isEqualTo(ExitCodes.OK);

    CliRun exported = warden("audit", "export", "--format", "jsonl", "--data", data());
    assertThat(exported.exit()).as(exported.err()).isEqualTo(ExitCodes.OK);
    List<JsonNode> entries = exported.out().lines().map(l -> (JsonNode) JSON.readTree(l)).toList();
    List<JsonNode> lists =
        entries.stream()
            .filter(e -> e.get("action").asString().equals("incident.notification-list"))
            .toList();
    assertThat(lists).extracting(e -> e.get("outcome").asString()).contains("REFUSED", "DONE");
    JsonNode done =
        lists.stream()
            .filter(e -> e.has("reason"))
            .filter(e -> e.get("reason").asString().equals("Op Kestrel notification"))
            .findFirst()
            .orElseThrow();
    assertThat(done.get("outcome").asString()).isEqualTo("DONE");
    assertThat(done.get("operation").asString()).isEqualTo("DISCLOSE");
    assertThat(done.get("actor").asString()).startsWith("cli:");
    assertThat(done.get("records").get(0).asString()).isEqualTo("incident:" + incident);
    assertThat(done.get("recordCount").asLong()).isEqualTo(csv(csv).size() - 1L);
    assertThat(exported.err()).contains("Exported").contains("last ");
  }

  /** {@code stray}: whatever reached the process's own standard streams, past picocli's. */
  private String data() {
    return store.toString();
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.parse(in).getRecords();
    }
  }
}
