package uk.warden.app.breach.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.breach.report.ReportFixtures.day;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.warden.core.breach.Incident;

class IcoDraftTextTests {

  private static final Instant GENERATED = Instant.parse("2023-02-01T09:30:00Z");

  private static IncidentReport unknownStart(int now) {
    Incident incident = ReportFixtures.unknownStartIncident();
    return IncidentReport.of(
        "Gwent Police",
        "Data Protection Officer, dpo@example.police.uk",
        GENERATED,
        incident,
        ReportFixtures.assess(incident, ReportFixtures.unknownStartLedger(), day(now)),
        Map.of(ReportFixtures.PRINTER, "Digital Card Services Ltd"));
  }

  private static String text(IncidentReport report) {
    StringWriter out = new StringWriter();
    IcoDraftText.write(report, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void writesTheFormsSectionsInOrderWithTheRangeAndTheDeadline() {
    IncidentReport report = unknownStart(32);

    String text = text(report);

    assertThat(text)
        .startsWith(
            "ICO personal data breach report, draft for INC-2023-032: Warrant card printer breach")
        .contains("  Data subjects who could be affected: At least 5, up to 9\n")
        .contains(
            "  72-hour deadline: " + ReportFormat.instant(report.impact().deadline().due()) + "\n")
        .contains("  Is this a cyber incident? Don't know\n")
        .contains("  Late: No\n")
        .contains("  Contact point (DPO): Data Protection Officer, dpo@example.police.uk\n")
        .containsSubsequence(
            "\nReport type\n",
            "\nAbout the breach (nature)\n",
            "\nData involved (categories)\n",
            "\nApproximate numbers\n",
            "\nData subjects\n",
            "\nLikely consequences\n",
            "\nTiming\n",
            "\nLeft for the DPO\n");
    assertThat(text).containsPattern("  Warden cannot know:\n    - Containment and recovery");
  }

  @Test
  void flagsALateReportWithoutAReasonForTheDelay() {
    String text = text(unknownStart(40));

    assertThat(text)
        .contains("  Late: Yes\n")
        .contains("! Reason for delay: " + IcoDraftSections.REASON_MISSING);
  }

  @Test
  void namesNobody() {
    String text = text(unknownStart(32));

    for (ReportFixtures.Member member : ReportFixtures.MEMBERS) {
      NotifiedPerson person = member.person();
      assertThat(text)
          .doesNotContain(person.surname())
          .doesNotContain(person.forenames())
          .doesNotContain(person.payNumber());
    }
  }
}
