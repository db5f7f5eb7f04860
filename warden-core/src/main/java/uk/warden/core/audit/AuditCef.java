package uk.warden.core.audit;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Operation;

/**
 * An entry in ArcSight Common Event Format, which most SIEMs parse without a custom parser. Keys
 * come from the CEF dictionary where one fits ({@code suser}, {@code src}, {@code act}, {@code
 * cnt}, {@code reason}, {@code outcome}); the chain's position and hashes travel in labelled custom
 * strings so that the SIEM keeps the evidence.
 */
public final class AuditCef {

  private static final Pattern ADDRESS = Pattern.compile("[0-9.]+|[0-9a-fA-F:]+");

  private AuditCef() {}

  public static String line(AuditEntry entry, String version) {
    AuditEvent e = entry.event();
    StringBuilder cef = new StringBuilder(320);
    cef.append("CEF:0|Warden|Warden|")
        .append(header(version))
        .append('|')
        .append(header(e.action()))
        .append('|')
        .append(header(name(e)))
        .append('|')
        .append(severity(e))
        .append('|');
    cef.append("rt=").append(e.at().toEpochMilli());
    cef.append(" externalId=").append(entry.seq());
    extension(cef, "suser", e.actor());
    extension(cef, "spriv", e.role());
    extension(cef, "act", e.operation() == null ? null : e.operation().name());
    if (e.source() != null) {
      extension(cef, ADDRESS.matcher(e.source()).matches() ? "src" : "shost", e.source());
    }
    cef.append(" cnt=").append(e.recordCount());
    extension(cef, "outcome", e.outcome().name());
    extension(cef, "reason", e.reason());
    custom(cef, 1, "records", e.records().isEmpty() ? null : String.join(" ", e.records()));
    custom(
        cef, 2, "recipients", e.recipients().isEmpty() ? null : String.join(" ", e.recipients()));
    custom(cef, 3, "channel", e.channel() == null ? null : e.channel().name());
    custom(cef, 4, "hash", entry.hash());
    custom(cef, 5, "prevHash", entry.prevHash());
    return cef.toString();
  }

  private static String name(AuditEvent e) {
    Operation op = e.operation();
    return op == null ? "Warden security event" : "Personal data " + op.name().toLowerCase();
  }

  /** Refusals and disclosures first: they are what a SOC triages. */
  private static int severity(AuditEvent e) {
    if (e.outcome() != Outcome.DONE) {
      return 7;
    }
    if (e.operation() == Operation.DISCLOSE || e.operation() == Operation.ERASE) {
      return 5;
    }
    return 3;
  }

  private static void custom(StringBuilder cef, int n, String label, @Nullable String value) {
    if (value != null) {
      cef.append(" cs").append(n).append("Label=").append(label);
      extension(cef, "cs" + n, value);
    }
  }

  private static void extension(StringBuilder cef, String key, @Nullable String value) {
    if (value == null) {
      return;
    }
    cef.append(' ').append(key).append('=');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> cef.append("\\\\");
        case '=' -> cef.append("\\=");
        case '\n' -> cef.append("\\n");
        case '\r' -> cef.append("\\r");
        default -> cef.append(c);
      }
    }
  }

  private static String header(String value) {
    return value.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }
}
