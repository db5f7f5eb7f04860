package uk.warden.core.register;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an agreement lets out of the force in each extract, as data the export path enforces: which
 * people (a rule), how many at most, how often, and in which file formats. The categories are the
 * agreement's own permitted categories. An agreement without these rules lets no extract be made.
 *
 * @param units for {@link PeopleRule#UNITS}: the units whose serving people may be sent
 * @param maxPeople the most people one extract may hold; null for no limit
 * @param frequency how many extracts in how many days; null for no limit
 * @param formats the file formats the party accepts
 */
public record ExtractRules(
    PeopleRule people,
    Set<String> units,
    @Nullable Integer maxPeople,
    @Nullable Frequency frequency,
    Set<ExtractFormat> formats) {

  /** Whom an extract may name. */
  public enum PeopleRule {
    /** Everyone serving today. */
    SERVING,
    /** Serving people of the listed units. */
    UNITS,
    /** Only people named in the request for the extract (a list of pay numbers). */
    NAMED;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** At most {@code extracts} extracts in any {@code days} days. */
  public record Frequency(int extracts, int days) {
    public Frequency {
      if (extracts < 1 || days < 1) {
        throw new IllegalArgumentException("a frequency needs at least one extract in one day");
      }
    }

    public String describe() {
      return extracts + (extracts == 1 ? " extract" : " extracts") + " in " + days + " days";
    }
  }

  public ExtractRules {
    Objects.requireNonNull(people, "people");
    units = OrderedSets.sorted(units);
    if (people == PeopleRule.UNITS && units.isEmpty()) {
      throw new IllegalArgumentException("a units rule names at least one unit");
    }
    if (people != PeopleRule.UNITS && !units.isEmpty()) {
      throw new IllegalArgumentException("units are named only with the units rule");
    }
    if (maxPeople != null && maxPeople < 1) {
      throw new IllegalArgumentException("the most people an extract holds is at least 1");
    }
    formats = Set.copyOf(formats);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("an extract rule accepts at least one format");
    }
  }

  public boolean accepts(ExtractFormat format) {
    return formats.contains(format);
  }

  /** The accepted formats' words, in the order of {@link ExtractFormat}: csv, xlsx, zip. */
  public List<String> formatWords() {
    return formats.stream().sorted().map(ExtractFormat::word).toList();
  }

  /** The rules in a sentence, for pages and messages. */
  public String describe() {
    String whom =
        switch (people) {
          case SERVING -> "serving people";
          case UNITS -> "serving people of " + String.join(", ", units);
          case NAMED -> "people named in each request";
        };
    return whom
        + (maxPeople == null ? ", any number" : ", at most " + maxPeople + " people")
        + (frequency == null ? ", as often as needed" : ", " + frequency.describe())
        + ", as "
        + String.join(" or ", formats.stream().sorted().map(ExtractFormat::word).toList());
  }
}
