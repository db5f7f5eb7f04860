package uk.warden.app.breach.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static uk.warden.app.breach.report.ReportFixtures.day;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.warden.core.breach.BreachType;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.Incident;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.RetentionRules;

class IncidentReportPdfTests {

  private static final IncidentReportPdf PDF = new IncidentReportPdf();
  private static final Instant GENERATED = Instant.parse("2023-02-01T09:30:00Z");

  /** Rendering costs about a second, so the tests that only read the usual report share one. */
  private static byte[] usual;

  @BeforeAll
  static void renderTheUsualReport() {
    usual = PDF.render(unknownStart(32));
  }

  private static IncidentReport report(Incident incident, Impact impact) {
    return IncidentReport.of(
        "Gwent Police",
        "Data Protection Officer, dpo@example.police.uk, 01633 000000",
        GENERATED,
        incident,
        impact,
        Map.of(ReportFixtures.PRINTER, "Digital Card Services Ltd"));
  }

  private static IncidentReport unknownStart(int now) {
    Incident incident = ReportFixtures.unknownStartIncident();
    return report(
        incident, ReportFixtures.assess(incident, ReportFixtures.unknownStartLedger(), day(now)));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void showsTheIncidentItsWorstAndBestCountsAndTheDeadline() throws IOException {
    IncidentReport report = unknownStart(32);

    String text = text(usual);

    assertThat(text)
        .contains("INC-2023-032")
        .contains("Warrant card printer breach")
        .contains("Digital Card Services Ltd (cardco)")
        .contains("OFFICIAL-SENSITIVE")
        .contains(ReportFormat.instant(report.impact().deadline().due()))
        .contains("Window from unknown")
        .containsPattern("People exposed\\s+9\\s+5")
        .containsPattern("High risk\\s+4\\s+0")
        .containsPattern("Deletion\\s+deletion 100")
        .contains("2 days left at assessment")
        .contains("Approximate numbers")
        .contains("At least 5, up to 9");
  }

  @Test
  void namesNobody() throws IOException {
    String text = text(usual);

    for (ReportFixtures.Member member : ReportFixtures.MEMBERS) {
      NotifiedPerson person = member.person();
      assertThat(text)
          .doesNotContain(person.surname())
          .doesNotContain(person.forenames())
          .doesNotContain(person.payNumber());
    }
  }

  @Test
  void marksEveryA4PageAndNumbersIt() throws IOException {
    try (PDDocument document = Loader.loadPDF(usual)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      for (int page = 1; page <= pages; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document);
        assertThat(text).contains("OFFICIAL-SENSITIVE").contains("Page " + page + " of " + pages);
        PDRectangle size = document.getPage(page - 1).getMediaBox();
        assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
        assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
      }
    }
  }

  @Test
  void rendersAnIncidentWithNobodyExposed() throws IOException {
    Incident incident =
        ReportFixtures.incident("INC-2023-033", ExposureWindow.between(day(10), day(20)));
    Impact impact =
        ReportFixtures.assess(incident, new CustodyLedger(RetentionRules.none()), day(32));

    String text = text(PDF.render(report(incident, impact)));

    assertThat(text)
        .contains("INC-2023-033")
        .containsPattern("People exposed\\s+0\\s+0")
        .contains("Not yet known")
        .contains("OFFICIAL-SENSITIVE");
  }

  @Test
  void warnsWhenALateReportHasNoReasonForTheDelay() throws IOException {
    String text = text(PDF.render(unknownStart(40)));

    assertThat(text).contains("LATE: not notified").contains("MISSING: the report is late");
  }

  @Test
  void keepsMarkupAndOddCharactersInFreeTextAsText() throws IOException {
    Incident incident =
        new Incident(
            "INC-2023-034",
            "Printer <b>breach</b> & \"leak\" \u0001 at Heddlu Gogledd Cymru, Ŵyr",
            BreachType.AVAILABILITY,
            Set.of(ReportFixtures.PRINTER),
            Set.of(),
            Set.of(),
            new ExposureWindow(null, day(20)),
            day(30),
            day(31),
            day(36),
            "Supplier <script>alert(1)</script> told us late",
            null);
    Impact impact = ReportFixtures.assess(incident, ReportFixtures.unknownStartLedger(), day(40));

    String text = text(PDF.render(report(incident, impact)));

    assertThat(text)
        .contains("Printer <b>breach</b> & \"leak\"")
        .contains("Ŵyr")
        .contains("Supplier <script>alert(1)</script> told us late")
        .contains("Notified to the ICO 2 days after the 72-hour deadline");
  }
}
