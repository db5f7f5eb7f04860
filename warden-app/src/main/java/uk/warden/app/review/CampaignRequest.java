package uk.warden.app.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * A campaign to start: its name, when it is due, and the systems it covers (none named means every
 * system that has live grants, including any the register no longer knows).
 */
public record CampaignRequest(
    @Nullable String name, @Nullable LocalDate dueOn, @Nullable List<String> systems) {

  static final String SOURCE = "review";
  static final int NAME_MAX = 200;

  /** The request once every field is known good. */
  record Checked(String name, @Nullable LocalDate dueOn, Set<String> systems) {
    boolean allSystems() {
      return systems.isEmpty();
    }
  }

  Checked check(Predicate<String> knownSystem) {
    List<InputProblem> problems = new ArrayList<>();
    String named = name == null ? "" : name.strip();
    if (named.isEmpty()) {
      problems.add(InputProblem.field(SOURCE, "name", "is missing"));
    } else if (named.length() > NAME_MAX) {
      problems.add(
          InputProblem.field(SOURCE, "name", "is longer than " + NAME_MAX + " characters"));
    }
    Set<String> chosen = new LinkedHashSet<>();
    if (systems != null) {
      for (String code : systems) {
        if (code == null || code.isBlank()) {
          continue;
        }
        if (knownSystem.test(code.strip())) {
          chosen.add(code.strip());
        } else {
          // The code is the user's own input, not personal data, so it can be named.
          problems.add(InputProblem.field(SOURCE, "systems", "no system " + code.strip()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new Checked(named, dueOn, chosen);
  }
}
