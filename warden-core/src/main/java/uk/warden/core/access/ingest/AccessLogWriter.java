package uk.warden.core.access.ingest;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import uk.warden.core.access.AccessEvent;

/**
 * Writes events in the shape {@link AccessLogReader} reads, with Warden's field names: for tests,
 * synthetic logs, benchmarks, and exports. JSON lines leave out absent fields; CSV starts with a
 * header and joins recipients with {@code ;}. A value CSV cannot carry on one line (a line break,
 * or a recipient containing {@code ;} or {@code |}) is refused rather than written so that it would
 * read back differently.
 */
public final class AccessLogWriter implements Flushable {

  private static final String CSV_HEADER =
      "event_id,at,principal,system,operation,records,recipients,justification,channel\n";

  private final Writer out;
  private final LogFormat format;
  private final StringBuilder line = new StringBuilder(256);

  /** For CSV, writes the header at once. The caller closes {@code out}. */
  public AccessLogWriter(Writer out, LogFormat format) throws IOException {
    this.out = Objects.requireNonNull(out, "out");
    this.format = Objects.requireNonNull(format, "format");
    if (format == LogFormat.CSV) {
      out.write(CSV_HEADER);
    }
  }

  public void write(AccessEvent event) throws IOException {
    line.setLength(0);
    if (format == LogFormat.JSON_LINES) {
      json(event);
    } else {
      csv(event);
    }
    line.append('\n');
    out.append(line);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  private void json(AccessEvent event) {
    line.append('{');
    if (event.eventId() != null) {
      jsonField("event_id", event.eventId()).append(',');
    }
    jsonField("at", event.at().toString()).append(',');
    jsonField("principal", event.principalId()).append(',');
    jsonField("system", event.systemCode()).append(',');
    jsonField("operation", event.operation().name()).append(',');
    line.append("\"records\":").append(event.records());
    if (!event.recipients().isEmpty()) {
      line.append(",\"recipients\":[");
      for (int i = 0; i < event.recipients().size(); i++) {
        if (i > 0) {
          line.append(',');
        }
        jsonString(event.recipients().get(i));
      }
      line.append(']');
    }
    if (event.justification() != null) {
      line.append(',');
      jsonField("justification", event.justification());
    }
    if (event.channel() != null) {
      line.append(',');
      jsonField("channel", event.channel().name());
    }
    line.append('}');
  }

  private StringBuilder jsonField(String name, String value) {
    line.append('"').append(name).append("\":");
    jsonString(value);
    return line;
  }

  private void jsonString(String value) {
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> line.append("\\\"");
        case '\\' -> line.append("\\\\");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        case '\t' -> line.append("\\t");
        default -> {
          if (c < 0x20) {
            line.append(String.format("\\u%04x", (int) c));
          } else {
            line.append(c);
          }
        }
      }
    }
    line.append('"');
  }

  private void csv(AccessEvent event) {
    csvCell(event.eventId() == null ? "" : event.eventId()).append(',');
    csvCell(event.at().toString()).append(',');
    csvCell(event.principalId()).append(',');
    csvCell(event.systemCode()).append(',');
    line.append(event.operation().name()).append(',');
    line.append(event.records()).append(',');
    StringBuilder recipients = new StringBuilder();
    for (String recipient : event.recipients()) {
      if (recipient.indexOf(';') >= 0 || recipient.indexOf('|') >= 0) {
        throw new IllegalArgumentException(
            "a recipient containing ; or | cannot be written as CSV");
      }
      recipients.append(recipients.length() == 0 ? "" : ";").append(recipient);
    }
    csvCell(recipients.toString()).append(',');
    csvCell(event.justification() == null ? "" : event.justification()).append(',');
    line.append(event.channel() == null ? "" : event.channel().name());
  }

  private StringBuilder csvCell(String value) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a line break cannot be written to a one-line CSV event");
    }
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf(';') >= 0) {
      line.append('"').append(value.replace("\"", "\"\"")).append('"');
    } else {
      line.append(value);
    }
    return line;
  }
}
