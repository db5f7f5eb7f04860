package uk.warden.synth;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Population;

/** A system before its record count is known: that comes from the census. */
record SystemPlan(
    String code,
    String name,
    @Nullable String hostCode,
    Set<String> categories,
    Marking marking,
    Population population,
    String owner,
    Coverage coverage) {

  SystemPlan {
    categories = Set.copyOf(categories);
  }

  DataSystem toSystem(Census census, int people) {
    long records = coverage.workforce(census, population) + coverage.publicRecords(people);
    return new DataSystem(code, name, hostCode, categories, marking, records, population, owner);
  }
}
