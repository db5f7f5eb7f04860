package uk.warden.app.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Instants as pages show them, in the force's time zone ({@code ${@times.format(at)}} in a
 * template): an officer reads "31 Mar 2026 14:00", not UTC.
 */
@Component("times")
public class WebTimes {

  private final DateTimeFormatter format;

  public WebTimes(ForceSettings force) {
    this.format = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(force.zone());
  }

  public String format(@Nullable Instant at) {
    return at == null ? "unknown" : format.format(at);
  }
}
