package uk.warden.app.breach;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The incident's two files, as the API and the pages both serve them: the PDF report, and the
 * notification list, streamed so a list of hundreds of thousands of people is never held whole.
 */
public final class IncidentDownloads {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private IncidentDownloads() {}

  public static ResponseEntity<byte[]> pdf(BreachService breaches, String id) {
    byte[] pdf = breaches.reportPdf(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(id + "-report.pdf"))
        .body(pdf);
  }

  public static ResponseEntity<StreamingResponseBody> notificationList(
      BreachService breaches, String id) {
    breaches.incident(id);
    StreamingResponseBody body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          breaches.writeNotificationList(id, writer);
          writer.flush();
        };
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(id + "-notification-list.csv"))
        .body(body);
  }

  private static String attachment(String name) {
    return ContentDisposition.attachment().filename(name).build().toString();
  }
}
