package uk.warden.core.audit;

import java.io.StringWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * An entry as one JSON object on one line, for a SIEM. The position and both hashes go with it, so
 * the SIEM's copy is itself a chain that can be checked, and its last line is a head to check the
 * store against later.
 */
public final class AuditJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private AuditJson() {}

  public static String line(AuditEntry entry) {
    AuditEvent e = entry.event();
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeNumberProperty("seq", entry.seq());
      g.writeStringProperty("at", e.at().toString());
      g.writeStringProperty("actor", e.actor());
      optional(g, "role", e.role());
      optional(g, "operation", e.operation() == null ? null : e.operation().name());
      g.writeStringProperty("action", e.action());
      strings(g, "records", e.records());
      g.writeNumberProperty("recordCount", e.recordCount());
      strings(g, "recipients", e.recipients());
      optional(g, "channel", e.channel() == null ? null : e.channel().name());
      optional(g, "source", e.source());
      optional(g, "reason", e.reason());
      g.writeStringProperty("outcome", e.outcome().name());
      g.writeStringProperty("prevHash", entry.prevHash());
      g.writeStringProperty("hash", entry.hash());
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void optional(JsonGenerator g, String name, @Nullable String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
