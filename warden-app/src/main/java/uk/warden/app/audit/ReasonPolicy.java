package uk.warden.app.audit;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which actions ask for a reason first ({@code warden.audit.reason-required}). s.62 asked for a
 * justification of every consultation and disclosure; the Data (Use and Access) Act 2025 removes
 * that duty (DOMAIN.md §2.2), so each force decides: the default asks when one person's record is
 * opened and when a notification list of named people is exported; an empty setting asks for none.
 */
@Component
public class ReasonPolicy {

  /** Long enough for a case reference and a sentence; a reason is not a place for notes. */
  public static final int MAX_LENGTH = 500;

  private final Set<String> required;

  public ReasonPolicy(
      @Value("${warden.audit.reason-required:person.view,incident.notification-list}")
          List<String> required) {
    this.required =
        Set.copyOf(required.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  public boolean requires(String action) {
    return required.contains(action);
  }

  /** A reason as kept: one line, trimmed to the limit; null when nothing was given. */
  public static @org.jspecify.annotations.Nullable String clean(
      @org.jspecify.annotations.Nullable String reason) {
    if (reason == null) {
      return null;
    }
    String line = reason.replaceAll("\\p{Cntrl}+", " ").strip();
    if (line.isEmpty()) {
      return null;
    }
    return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) : line;
  }
}
