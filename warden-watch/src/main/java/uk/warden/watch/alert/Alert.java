package uk.warden.watch.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * Something people must hear about now. It carries counts, codes and a link, never personal data:
 * an alert leaves Warden for mail servers and SIEMs that are not cleared for it.
 *
 * @param id stable for the thing alerted on, so a receiver can drop a repeat
 * @param kind what happened, e.g. {@code unexplained-loss}
 * @param system the register code of the system concerned
 * @param severity e.g. {@code HIGH}
 * @param title one line
 * @param summary a few lines of counts and dates
 * @param link where in Warden to see it
 */
public record Alert(
    String id,
    String kind,
    String system,
    String severity,
    String title,
    String summary,
    Instant raisedAt,
    String link) {

  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(link, "link");
  }
}
