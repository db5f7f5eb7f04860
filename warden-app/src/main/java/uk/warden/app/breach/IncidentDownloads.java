package uk.warden.app.breach;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.warden.app.audit.Audit;

/**
 * The incident's two files, as the API and the pages both serve them: the PDF report, and the
 * notification list, streamed so a list of hundreds of thousands of people is never held whole.
 */
public final class IncidentDownloads {

  /** The audit action, and the reason policy's key, of a notification list export. */
  public static final String ACTION = "incident.notification-list";

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private IncidentDownloads() {}

  public static ResponseEntity<byte[]> pdf(BreachService breaches, String id) {
    byte[] pdf = breaches.reportPdf(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(id + "-report.pdf"))
        .body(pdf);
  }

  /**
   * The list of named people to tell. Put on record before it streams: the body is written on
   * another thread, after the request that asked for it has been answered.
   */
  public static ResponseEntity<StreamingResponseBody> notificationList(
      BreachService breaches, Audit audit, String id) {
    breaches.incident(id);
    String reason = audit.reasonFor(ACTION, List.of("incident:" + id), null);
    audit.disclosed(
        ACTION,
        List.of("incident:" + id),
        breaches.assess(id).impact().highRisk().size(),
        List.of(),
        reason);
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
