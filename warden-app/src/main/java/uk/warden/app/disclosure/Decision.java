package uk.warden.app.disclosure;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** What a signed-in person says about an inspected file. */
public enum Decision {
  APPROVE,
  REJECT;

  /** From a form or JSON field, ignoring case; nothing given is null (the service says so). */
  public static @Nullable Decision parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          InputProblem.field("decision", "decision", "must be APPROVE or REJECT"));
    }
  }
}
