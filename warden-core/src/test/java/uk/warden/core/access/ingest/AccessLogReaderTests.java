package uk.warden.core.access.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

class AccessLogReaderTests {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** What the sink was given. */
  record Read(AccessEvent event, String fingerprint, int line) {}

  private static List<Read> read(String text, LogFormat format) {
    return read(text, format, IngestOptions.defaults(LONDON));
  }

  private static List<Read> read(String text, LogFormat format, IngestOptions options) {
    List<Read> events = new ArrayList<>();
    new AccessLogReader(options)
        .read(
            "access.log",
            stream(text),
            format,
            (event, fingerprint, line) -> events.add(new Read(event, fingerprint, line)));
    return events;
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<InputProblem> problems(String text, LogFormat format) {
    return problems(text, format, IngestOptions.defaults(LONDON));
  }

  private static List<InputProblem> problems(String text, LogFormat format, IngestOptions options) {
    BadInputException refused =
        catchThrowableOfType(BadInputException.class, () -> read(text, format, options));
    assertThat(refused).as("the file should have been refused").isNotNull();
    return refused.problems();
  }

  @Test
  void readsJsonLinesIntoEventsWithFingerprints() {
    String log =
        "\uFEFF{\"event_id\":\"e1\",\"at\":\"2025-03-31T14:05:00Z\",\"principal\":\"u100001\","
            + "\"system\":\"records-management\",\"operation\":\"CONSULT\",\"records\":12,"
            + "\"justification\":\"occurrence 2025/004512\",\"channel\":\"SCREEN\",\"ip\":\"10.0.0.1\"}\n"
            + "\n"
            + "{\"timestamp\":\"2025-03-31T15:00:00+01:00\",\"user\":\"u100002\",\"system\":\"payroll\","
            + "\"action\":\"export\",\"count\":\"3\",\"recipients\":[\"cps\",\"hmrc\"]}\r\n";

    List<Read> events = read(log, LogFormat.JSON_LINES);

    assertThat(events).extracting(Read::line).containsExactly(1, 3);
    AccessEvent first = events.get(0).event();
    assertThat(first.eventId()).isEqualTo("e1");
    assertThat(first.at()).isEqualTo(Instant.parse("2025-03-31T14:05:00Z"));
    assertThat(first.operation()).isEqualTo(Operation.CONSULT);
    assertThat(first.records()).isEqualTo(12);
    assertThat(first.justification()).isEqualTo("occurrence 2025/004512");
    assertThat(first.channel()).isEqualTo(Channel.SCREEN);
    AccessEvent second = events.get(1).event();
    assertThat(second.principalId()).isEqualTo("u100002");
    assertThat(second.at()).isEqualTo(Instant.parse("2025-03-31T14:00:00Z"));
    assertThat(second.operation()).isEqualTo(Operation.DISCLOSE);
    assertThat(second.recipients()).containsExactly("cps", "hmrc");
    assertThat(events)
        .allSatisfy(r -> assertThat(r.fingerprint()).isEqualTo(r.event().fingerprint()));
  }

  @Test
  void readsCsvWithAnyColumnOrderAndDelimiter() {
    String csv =
        "System;Operation;User ID;Timestamp;Records;Recipients;Justification\n"
            + "payroll;DISCLOSE;u100001;2025-03-31T14:05:00Z;2;cps|court;\"case 1; urgent\"\n"
            + "\n"
            + "hr-erp;view;u100002;2025-03-31T09:00:00;;;\n";

    List<Read> events = read(csv, LogFormat.CSV);

    assertThat(events).extracting(Read::line).containsExactly(2, 4);
    assertThat(events.get(0).event().recipients()).containsExactly("cps", "court");
    assertThat(events.get(0).event().justification()).isEqualTo("case 1; urgent");
    assertThat(events.get(1).event().records()).as("one record unless told").isEqualTo(1);
    assertThat(events.get(1).event().at()).isEqualTo(Instant.parse("2025-03-31T08:00:00Z"));
  }

  @Test
  void reportsEveryBadLineByNumberAndRefusesTheWholeFile() {
    String log =
        "{\"at\":\"2025-03-31T14:05:00Z\",\"principal\":\"u1\",\"system\":\"payroll\",\"operation\":\"CONSULT\"}\n"
            + "{\"at\":\"yesterday\",\"principal\":\"Jane Smith\",\"system\":\"Payroll\",\"operation\":\"peek\",\"records\":-2}\n"
            + "{\"at\":\"2025-03-31T14:05:00Z\",\"principal\":\"u1\",\"operation\":\"CONSULT\",\"channel\":\"fax\"}\n"
            + "not json\n"
            + "{\"at\":\"2025-03-31T14:05:00Z\",\"principal\":\"u1\",\"system\":\"payroll\",\"operation\":\"CONSULT\"}\n";

    List<InputProblem> problems = problems(log, LogFormat.JSON_LINES);

    assertThat(problems)
        .extracting(InputProblem::row, InputProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2, "'at' is not a date and time: expected ISO 8601, such as 2025-03-31T14:05:00Z"),
            org.assertj.core.groups.Tuple.tuple(
                2, "'principal' must be 1-256 characters without spaces or control characters"),
            org.assertj.core.groups.Tuple.tuple(
                2,
                "'system' must be a register system code: lower-case letters, digits and hyphens"),
            org.assertj.core.groups.Tuple.tuple(
                2,
                "'operation' must be COLLECT, ALTER, CONSULT, DISCLOSE, COMBINE or ERASE (or view,"
                    + " search, export, update, delete...)"),
            org.assertj.core.groups.Tuple.tuple(
                2, "'records' must be a whole number of records, 0 or more"),
            org.assertj.core.groups.Tuple.tuple(3, "'system' is missing"),
            org.assertj.core.groups.Tuple.tuple(
                3, "'channel' must be SCREEN, EXPORT, PRINT or API"),
            org.assertj.core.groups.Tuple.tuple(
                4, "not valid JSON at column 1: a JSON object must start with '{'"));
    assertThat(problems.get(0).describe()).startsWith("access.log: line 2: ");
    assertThat(problems)
        .extracting(InputProblem::describe)
        .noneMatch(
            text -> text.contains("Jane") || text.contains("yesterday") || text.contains("peek"));
  }

  @Test
  void tellsTheSinkNothingAfterTheFirstBadLine() {
    String good =
        "{\"at\":\"2025-03-31T14:05:00Z\",\"principal\":\"u1\",\"system\":\"payroll\",\"operation\":\"CONSULT\"}\n";
    List<Integer> lines = new ArrayList<>();

    assertThatThrownBy(
            () ->
                new AccessLogReader(IngestOptions.defaults(LONDON))
                    .read(
                        "a.log",
                        stream(good + "{}\n" + good),
                        LogFormat.JSON_LINES,
                        (e, f, line) -> lines.add(line)))
        .isInstanceOf(BadInputException.class);
    assertThat(lines).containsExactly(1);
  }

  @Test
  void readsEscapedNamesAndLogsWithEndlesslyNewNames() {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      log.append("{\"\\u0061t\":\"2025-03-31T14:05:00Z\",\"principal\":\"u1\",\"extra")
          .append(i)
          .append("\":1,\"system\":\"payroll\",\"operation\":\"view\"}\n");
    }

    assertThat(read(log.toString(), LogFormat.JSON_LINES)).hasSize(5000);
  }

  @Test
  void refusesTwoNamesForOneField() {
    assertThat(
            problems(
                "{\"at\":\"2025-03-31T14:05:00Z\",\"user\":\"u1\",\"principal\":\"u2\",\"system\":\"payroll\",\"operation\":\"view\"}\n",
                LogFormat.JSON_LINES))
        .extracting(InputProblem::reason)
        .containsExactly("fields 'user' and 'principal' both give the principal");
  }

  @Test
  void refusesAFieldGivenTwiceEvenWhenOneNameIsEscaped() {
    assertThat(
            problems(
                "{\"at\":\"2025-03-31T14:05:00Z\",\"\\u0061t\":\"2025-03-31T14:06:00Z\",\"principal\":\"u1\",\"system\":\"payroll\",\"operation\":\"view\"}\n",
                LogFormat.JSON_LINES))
        .extracting(InputProblem::reason)
        .containsExactly("field 'at' appears twice");
  }

  @Test
  void refusesHostileJsonLinesAndReadsOnAfterThem() {
    String good =
        "{\"at\":\"2025-03-31T14:05:00Z\",\"principal\":\"u1\",\"system\":\"payroll\",\"operation\":\"view\"}\n";
    String log =
        "{\"records\":"
            + "[".repeat(30_000)
            + "\n"
            + "{\"records\":"
            + "1".repeat(10_000)
            + "}\n"
            + good;

    BadInputException refused =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                new AccessLogReader(IngestOptions.defaults(LONDON))
                    .read("a.log", stream(log), LogFormat.JSON_LINES, (e, f, l) -> {}));

    assertThat(refused.problems())
        .extracting(InputProblem::row, InputProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1, "not valid JSON at column 13: lists may hold only text, numbers and booleans"),
            org.assertj.core.groups.Tuple.tuple(
                2, "not valid JSON at column 10012: a number is longer than 64 digits"));
  }

  @Test
  void requiresJustificationsAndKnownSystemsWhenTheForceSaysSo() {
    IngestOptions strict =
        IngestOptions.defaults(LONDON).requiringJustification().withKnownSystems(Set.of("payroll"));
    String log =
        "at,principal,system,operation,justification\n"
            + "2025-03-31T14:05:00Z,u1,payroll,CONSULT,\n"
            + "2025-03-31T14:05:00Z,u1,payroll,ALTER,\n"
            + "2025-03-31T14:05:00Z,u1,hr-erp,CONSULT,case 7\n";

    assertThat(problems(log, LogFormat.CSV, strict))
        .extracting(InputProblem::row, InputProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2,
                "'justification' is missing: this force requires a justification for every"
                    + " consultation and disclosure"),
            org.assertj.core.groups.Tuple.tuple(
                4, "'system' names system 'hr-erp', which is not in the register"));
  }

  @Test
  void refusesACsvWithoutTheRequiredColumnsAtOnce() {
    assertThat(problems("when,who,what\n2025-03-31T14:05:00Z,u1,x\n", LogFormat.CSV))
        .extracting(InputProblem::row, InputProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1,
                "the header has no column for system, operation (required: at, principal,"
                    + " system, operation)"));
    assertThat(problems("", LogFormat.CSV))
        .extracting(InputProblem::reason)
        .containsExactly("the file is empty: expected a header line and events");
    assertThat(
            problems(
                "at,principal,system,operation\n2025-03-31T14:05:00Z,u1,payroll\n", LogFormat.CSV))
        .extracting(InputProblem::reason)
        .containsExactly("has 3 values but the header names 4 columns");
  }

  @Test
  void refusesOverlongLinesWithoutBufferingThem() {
    String log =
        "{\"at\":\""
            + "x".repeat(AccessLogReader.MAX_LINE_CHARS * 3)
            + "\"}\n"
            + "{\"at\":\"2025-03-31T14:05:00Z\",\"principal\":\"u1\",\"system\":\"payroll\",\"operation\":\"view\"}\n";

    assertThat(problems(log, LogFormat.JSON_LINES))
        .extracting(InputProblem::row, InputProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "the line is longer than 65536 characters"));
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    byte[] latin1 =
        "at,principal,system,operation\n2025-03-31T14:05:00Z,caf\u00e9,payroll,view\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    BadInputException refused =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                new AccessLogReader(IngestOptions.defaults(LONDON))
                    .read(
                        "a.csv", new ByteArrayInputStream(latin1), LogFormat.CSV, (e, f, l) -> {}));

    assertThat(refused.problems())
        .extracting(InputProblem::reason)
        .containsExactly("the file is not UTF-8 text from here on: save or export it as UTF-8");
  }

  @Test
  void listsAtMostTheLimitAndCountsTheRest() {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      log.append(
          "{\"at\":\"bad\",\"principal\":\"u1\",\"system\":\"payroll\",\"operation\":\"view\"}\n");
    }

    List<InputProblem> problems =
        problems(
            log.toString(),
            LogFormat.JSON_LINES,
            IngestOptions.defaults(LONDON).withMaxProblems(10));

    assertThat(problems).hasSize(11);
    assertThat(problems.get(10).reason())
        .isEqualTo(
            "40 more problems not listed (50 bad lines in all); nothing was read from the file");
  }

  @Test
  void readingTheSameFileTwiceGivesTheSameFingerprints(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("access-2025-03.jsonl");
    Files.writeString(
        file,
        "{\"at\":\"2025-03-31T14:05:00Z\",\"principal\":\"u1\",\"system\":\"payroll\",\"operation\":\"view\"}\n"
            + "{\"at\":\"2025-03-31T14:06:00Z\",\"principal\":\"u1\",\"system\":\"payroll\",\"operation\":\"view\"}\n");
    AccessLogReader reader = new AccessLogReader(IngestOptions.defaults(LONDON));
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();

    IngestSummary summary = reader.read(file, (e, fingerprint, l) -> first.add(fingerprint));
    reader.read(file, (e, fingerprint, l) -> second.add(fingerprint));

    assertThat(summary.format()).isEqualTo(LogFormat.JSON_LINES);
    assertThat(summary.events()).isEqualTo(2);
    assertThat(first).hasSize(2).doesNotHaveDuplicates().isEqualTo(second);
  }

  @Test
  void detectsTheFormatFromNameOrContent() {
    byte[] json = "  {\"at\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] csv = "at,principal".getBytes(StandardCharsets.UTF_8);

    assertThat(LogFormat.detect("x.ndjson", csv)).isEqualTo(LogFormat.JSON_LINES);
    assertThat(LogFormat.detect("x.CSV", json)).isEqualTo(LogFormat.CSV);
    assertThat(LogFormat.detect("export.log", json)).isEqualTo(LogFormat.JSON_LINES);
    assertThat(LogFormat.detect("export.log", csv)).isEqualTo(LogFormat.CSV);
  }
}
