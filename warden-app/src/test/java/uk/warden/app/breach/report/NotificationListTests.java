package uk.warden.app.breach.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.warden.app.breach.report.ReportFixtures.day;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.Incident;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.register.DataTaxonomy;

class NotificationListTests {

  private final Impact impact = ReportFixtures.cardFileKnownWindow();

  private final StringWriter out = new StringWriter();

  private List<CSVRecord> write(PersonDirectory directory, int batch) throws IOException {
    new NotificationList(DataTaxonomy.standard(), batch).write(impact, directory, out);
    return parse(out.toString());
  }

  private List<CSVRecord> write() throws IOException {
    return write(ReportFixtures.directory(), NotificationList.DEFAULT_BATCH);
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    return format.parse(new StringReader(csv)).getRecords();
  }

  private static Map<String, CSVRecord> byPayNumber(List<CSVRecord> rows) {
    Map<String, CSVRecord> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put(row.get("Pay number"), row));
    return map;
  }

  @Test
  void parsesBackWithOneRowPerPersonExposedInTheWorstCase() throws IOException {
    List<CSVRecord> rows = write();

    assertThat(rows).hasSize(impact.worstCase().exposed().size()).hasSize(9);
    assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(NotificationList.HEADER);
    assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(12));
    assertThat(byPayNumber(rows)).hasSize(9);
  }

  @Test
  void listsHighRiskFirstThenCertainBeforePossibleThenByPayNumber() throws IOException {
    List<CSVRecord> rows = write();

    assertThat(rows)
        .extracting(r -> r.get("Pay number"), r -> r.get("Risk tier"), r -> r.get("Exposure"))
        .containsExactly(
            tuple("C-0042", "High", "certain"),
            tuple("MP1001", "High", "certain"),
            tuple("MP1003", "High", "certain"),
            tuple("MP1004", "High", "certain"),
            tuple("MP0999", "High", "possible"),
            tuple("MP1002", "Low", "certain"),
            tuple("MP1005", "Low", "certain"),
            tuple("unknown (id 6)", "Low", "certain"),
            tuple("'-1000", "Low", "possible"));
  }

  @Test
  void neutralisesSpreadsheetFormulas() throws IOException {
    Map<String, CSVRecord> rows = byPayNumber(write());

    CSVRecord staff = rows.get("MP1002");
    assertThat(staff.get("Surname")).isEqualTo("'=SUM(A1:A9)");
    assertThat(staff.get("Forenames")).isEqualTo("'@evil");
    CSVRecord minus = rows.get("'-1000");
    assertThat(minus.get("Unit")).isEqualTo("'+finance");
    assertThat(out.toString().lines())
        .noneMatch(line -> line.startsWith("=") || line.contains(",=") || line.contains(",@"));
  }

  @Test
  void suggestsTheChannelByStatusKindAndRisk() throws IOException {
    Map<String, CSVRecord> rows = byPayNumber(write());

    Map<String, String> channels = new LinkedHashMap<>();
    rows.forEach((pay, row) -> channels.put(pay, row.get("Suggested channel")));
    assertThat(channels)
        .containsEntry("C-0042", NotificationChannel.EMPLOYER_CONTACT.label())
        .containsEntry("MP1001", NotificationChannel.IN_PERSON.label())
        .containsEntry("MP1003", NotificationChannel.LETTER_HOME.label())
        .containsEntry("MP1004", NotificationChannel.IN_PERSON.label())
        .containsEntry("MP0999", NotificationChannel.IN_PERSON.label())
        .containsEntry("MP1002", NotificationChannel.WORK_EMAIL.label())
        .containsEntry("MP1005", NotificationChannel.LETTER_HOME.label())
        .containsEntry("unknown (id 6)", NotificationChannel.TRACE_FIRST.label())
        .containsEntry("'-1000", NotificationChannel.WORK_EMAIL.label());
    assertThat(rows.get("MP1003").get("Why this channel"))
        .contains("Has left the force")
        .contains("safety advice");
    assertThat(rows.get("C-0042").get("Why this channel")).contains("in person");
  }

  @Test
  void describesThePersonAndTheirExposureInWords() throws IOException {
    CSVRecord officer = byPayNumber(write()).get("MP1004");

    assertThat(officer.get("Surname")).isEqualTo("Okafor");
    assertThat(officer.get("Forenames")).isEqualTo("Adaeze");
    assertThat(officer.get("Kind")).isEqualTo("Police officer");
    assertThat(officer.get("Rank or grade")).isEqualTo("PC");
    assertThat(officer.get("Unit")).isEqualTo("response");
    assertThat(officer.get("Employment status")).isEqualTo("Serving");
    assertThat(officer.get("Categories exposed"))
        .isEqualTo("Name; Photograph; Rank or grade; Vetting level");
  }

  @Test
  void listsPeopleTheDirectoryDoesNotKnowForTracing() throws IOException {
    NotificationList.Summary summary =
        new NotificationList(DataTaxonomy.standard())
            .write(impact, ReportFixtures.directory(), out);

    CSVRecord unknown = byPayNumber(parse(out.toString())).get("unknown (id 6)");
    assertThat(unknown.get("Surname")).isEmpty();
    assertThat(unknown.get("Categories exposed")).isEqualTo("Name");
    assertThat(summary.rows()).isEqualTo(9);
    assertThat(summary.unknown()).isEqualTo(1);
    assertThat(summary.byChannel()).containsEntry(NotificationChannel.IN_PERSON, 3L);
    assertThat(summary.toString()).doesNotContain("Okafor", "MP1004");
  }

  @Test
  void fetchesPeopleInBatchesInOutputOrder() throws IOException {
    PersonDirectory real = ReportFixtures.directory();
    List<int[]> calls = new ArrayList<>();
    PersonDirectory counting =
        new PersonDirectory() {
          @Override
          public int[] idsInPayNumberOrder() {
            return real.idsInPayNumberOrder();
          }

          @Override
          public Map<Integer, NotifiedPerson> find(int[] ids) {
            calls.add(ids.clone());
            return real.find(ids);
          }
        };

    List<CSVRecord> batched = write(counting, 2);

    assertThat(calls).allSatisfy(ids -> assertThat(ids.length).isBetween(1, 2));
    assertThat(calls.stream().mapToInt(ids -> ids.length).sum()).isEqualTo(9);
    assertThat(calls.get(0)).containsExactly(4, 1);
    StringWriter unbatched = new StringWriter();
    new NotificationList(DataTaxonomy.standard()).write(impact, real, unbatched);
    assertThat(out.toString()).isEqualTo(unbatched.toString());
    assertThat(batched).hasSize(9);
  }

  @Test
  void writesOnlyTheHeaderWhenNobodyWasExposed() throws IOException {
    Incident incident =
        ReportFixtures.incident("INC-EMPTY", ExposureWindow.between(day(10), day(20)));
    Impact nobody =
        ReportFixtures.assess(incident, new CustodyLedger(RetentionRules.none()), day(32));

    NotificationList.Summary summary =
        new NotificationList(DataTaxonomy.standard())
            .write(nobody, ReportFixtures.directory(), out);

    assertThat(summary.rows()).isZero();
    assertThat(out.toString().lines()).containsExactly(String.join(",", NotificationList.HEADER));
  }

  @Test
  void refusesADirectoryOrderThatRepeatsAPerson() {
    PersonDirectory repeating =
        new PersonDirectory() {
          @Override
          public int[] idsInPayNumberOrder() {
            return new int[] {0, 1, 0};
          }

          @Override
          public Map<Integer, NotifiedPerson> find(int[] ids) {
            return Map.of();
          }
        };

    assertThatThrownBy(() -> write(repeating, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("repeats a person");
  }
}
