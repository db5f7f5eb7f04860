package uk.warden.app.register;

import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * What a people search may filter on; every part optional. {@code text} matches whole name tokens
 * (every one given), a whole identifier, or any part of a pay number: names are kept sealed and
 * found by keyed hashes, so no part of a name can be searched for.
 */
public record PersonFilter(
    @Nullable String text,
    @Nullable PersonKind kind,
    @Nullable String unitCode,
    @Nullable String rankCode,
    @Nullable EmploymentStatus status,
    @Nullable ClearanceLevel clearance,
    @Nullable SensitivityFlag flag) {

  public static final PersonFilter ALL = new PersonFilter(null, null, null, null, null, null, null);

  /**
   * Refuses a text search to a user who may not see names: it matches names, so which pay numbers
   * it finds would tell the user whose they are.
   */
  public static void refuseTextWithoutNames(@Nullable String text, boolean seesNames) {
    if (!seesNames && text != null && !text.isBlank()) {
      throw new BadInputException(
          InputProblem.field(
              "search",
              "q",
              "searching by name needs the names grant; filter by the other facets"));
    }
  }

  public static PersonFilter text(String text) {
    return new PersonFilter(text, null, null, null, null, null, null);
  }
}
