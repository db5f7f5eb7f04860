package uk.warden.app.register.api;

import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** A PUT names its entity twice, in the path and in the body; they must agree. */
final class PathCodes {

  private PathCodes() {}

  static void requireSame(String pathCode, String bodyCode) {
    if (!pathCode.equals(bodyCode)) {
      throw new BadInputException(
          InputProblem.field("request", "code", "does not match the code in the path"));
    }
  }
}
