package uk.warden.watch.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * An alert as an RFC 5424 syslog message: {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID
 * [alert@32473 ...] BOM MSG}. The structured data repeats the alert's fields for a SIEM to index;
 * the message is the title and summary on one line.
 */
public final class SyslogMessage {

  /**
   * The structured data's ID. 32473 is the private enterprise number RFC 5612 sets aside for
   * documentation; a force with its own number may want it here.
   */
  public static final String SD_ID = "alert@32473";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SyslogMessage() {}

  /**
   * The syslog severity of an alert's severity: CRITICAL alert (1), HIGH critical (2), MEDIUM
   * warning (4), LOW notice (5), INFO informational (6); anything else warning.
   */
  public static int severity(String alertSeverity) {
    return switch (alertSeverity.toUpperCase(Locale.ROOT)) {
      case "CRITICAL" -> 1;
      case "HIGH" -> 2;
      case "MEDIUM" -> 4;
      case "LOW" -> 5;
      case "INFO" -> 6;
      default -> 4;
    };
  }

  /** The whole message in UTF-8, its MSG cut (at a character) to at most {@code maxBytes}. */
  public static byte[] format(Alert alert, SyslogSettings settings, long pid, int maxBytes) {
    int pri = settings.facility() * 8 + severity(alert.severity());
    String header =
        "<"
            + pri
            + ">1 "
            + timestamp(alert.raisedAt())
            + ' '
            + field(settings.hostname(), 255)
            + ' '
            + field(settings.appName(), 48)
            + ' '
            + pid
            + ' '
            + field(alert.kind(), 32)
            + ' '
            + structuredData(alert)
            + ' ';
    byte[] head = header.getBytes(StandardCharsets.UTF_8);
    String text = alert.title() + ": " + alert.summary().replaceAll("\\s*[\\r\\n]+\\s*", " / ");
    byte[] msg = cut(text, maxBytes - head.length - BOM.length);
    byte[] whole = new byte[head.length + BOM.length + msg.length];
    System.arraycopy(head, 0, whole, 0, head.length);
    System.arraycopy(BOM, 0, whole, head.length, BOM.length);
    System.arraycopy(msg, 0, whole, head.length + BOM.length, msg.length);
    return whole;
  }

  /**
   * A line of text (an audit entry as CEF, say) as an RFC 5424 message: no process id, no
   * structured data, the text as it is.
   */
  public static byte[] plain(
      Instant at, SyslogSettings settings, int severity, String msgId, String text) {
    return ("<"
            + (settings.facility() * 8 + severity)
            + ">1 "
            + timestamp(at)
            + ' '
            + field(settings.hostname(), 255)
            + ' '
            + field(settings.appName(), 48)
            + " - "
            + field(msgId, 32)
            + " - "
            + text)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** RFC 5424 allows at most six decimal places, and UTC is written Z. */
  static String timestamp(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS).toString();
  }

  private static String structuredData(Alert alert) {
    return "["
        + SD_ID
        + param("id", alert.id())
        + param("kind", alert.kind())
        + param("system", alert.system())
        + param("severity", alert.severity())
        + param("link", alert.link())
        + "]";
  }

  /** A PARAM-VALUE escapes '"', '\' and ']' with a backslash (RFC 5424 6.3.3). */
  private static String param(String name, String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\' || c == ']') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return " " + name + "=\"" + escaped + "\"";
  }

  /** A header field: printable US-ASCII without spaces, at most {@code max} long, or "-". */
  static String field(String value, int max) {
    StringBuilder printable = new StringBuilder();
    for (int i = 0; i < value.length() && printable.length() < max; i++) {
      char c = value.charAt(i);
      if (c > 32 && c < 127) {
        printable.append(c);
      }
    }
    return printable.length() == 0 ? "-" : printable.toString();
  }

  private static byte[] cut(String text, int maxBytes) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= maxBytes) {
      return bytes;
    }
    int end = Math.max(0, maxBytes);
    // Step back over continuation bytes (10xxxxxx) so no character is split.
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--;
    }
    byte[] cut = new byte[end];
    System.arraycopy(bytes, 0, cut, 0, end);
    return cut;
  }
}
