package uk.warden.app.breach.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders the incident report: an A4 PDF marked OFFICIAL-SENSITIVE on every page, with the clock,
 * the worst and best case side by side, the evidence between them, the breakdowns of who was
 * exposed, and the ICO draft. Counts and categories only, never a name or a pay number, so it can
 * be emailed round for review.
 *
 * <p>Thread-safe; build one and reuse it (it holds the compiled template and the fonts).
 */
public final class IncidentReportPdf {

  private final ReportTemplate template = new ReportTemplate();
  private final XhtmlPdfWriter writer = new XhtmlPdfWriter();

  public byte[] render(IncidentReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the PDF to {@code out}, which stays open. */
  public void render(IncidentReport report, OutputStream out) throws IOException {
    writer.write(xhtml(report), out);
  }

  /** The XHTML the PDF is made from, with characters XML cannot hold removed. */
  String xhtml(IncidentReport report) {
    return XmlText.clean(template.render(IncidentReportView.of(report)));
  }
}
