package uk.warden.app.disclosure;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.inspect.policy.Expectation;

/** What a file should hold, from a user's word: "aggregate", "records" or nothing. */
public final class Expectations {

  private Expectations() {}

  public static Expectation parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return Expectation.UNSTATED;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "aggregate" -> Expectation.AGGREGATE;
      case "records" -> Expectation.RECORDS;
      default ->
          throw new BadInputException(
              InputProblem.field("request", "expect", "must be aggregate or records"));
    };
  }
}
