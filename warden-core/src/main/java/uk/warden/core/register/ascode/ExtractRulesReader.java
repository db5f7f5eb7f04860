package uk.warden.core.register.ascode;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.ScalarNode;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.ExtractRules.Frequency;
import uk.warden.core.register.ExtractRules.PeopleRule;

/**
 * Reads an agreement's optional {@code extracts} mapping: the allow-list each extract for the party
 * is held to. {@code people} and {@code formats} are required in it, because an extract rule that
 * left them out would mean "anyone, in any form" by accident.
 */
final class ExtractRulesReader {

  static final List<String> FIELDS =
      List.of("people", "units", "maxPeople", "maxExtracts", "perDays", "formats");

  private ExtractRulesReader() {}

  /**
   * The rules, or null when the agreement states none or they have problems (which are then in the
   * agreement's problems).
   */
  static @Nullable ExtractRules read(Fields agreement, Set<String> unitCodes) {
    Fields e = agreement.nested("extracts", FIELDS);
    if (e == null) {
      return null;
    }
    ScalarReader scalars = e.scalars();
    int before = e.problems().count();
    PeopleRule people =
        e.get("people", true, (node, path) -> scalars.choice(node, path, PeopleRule.class));
    List<String> units = e.list("units", false, (node, path) -> unit(e, node, path, unitCodes));
    Long maxPeople = e.get("maxPeople", false, (node, path) -> positive(scalars, e, node, path));
    Long maxExtracts =
        e.get("maxExtracts", false, (node, path) -> positive(scalars, e, node, path));
    Long perDays = e.get("perDays", false, (node, path) -> positive(scalars, e, node, path));
    List<ExtractFormat> formats =
        e.list("formats", true, (node, path) -> scalars.choice(node, path, ExtractFormat.class));
    if (people == PeopleRule.UNITS && units != null && units.isEmpty()) {
      e.missing("units", " (the units rule names the units whose serving people may be sent)");
    }
    if (people != null && people != PeopleRule.UNITS && units != null && !units.isEmpty()) {
      e.problems().add(e.value("units"), e.pathOf("units"), "is only for people: units");
    }
    if ((maxExtracts == null) != (perDays == null)) {
      String missing = maxExtracts == null ? "maxExtracts" : "perDays";
      e.missing(missing, " (maxExtracts and perDays go together: at most N extracts in D days)");
    }
    if (formats != null && formats.isEmpty() && e.present("formats")) {
      e.problems().add(e.value("formats"), e.pathOf("formats"), "must name at least one format");
    }
    if (e.problems().count() > before || people == null || formats == null || units == null) {
      return null;
    }
    return e.build(
        () ->
            new ExtractRules(
                people,
                Set.copyOf(units),
                maxPeople == null ? null : maxPeople.intValue(),
                maxExtracts == null
                    ? null
                    : new Frequency(maxExtracts.intValue(), perDays.intValue()),
                Set.copyOf(formats)));
  }

  private static @Nullable String unit(
      Fields e, ScalarNode node, String path, Set<String> unitCodes) {
    String code = e.scalars().code(node, path, "unit");
    if (code != null && !unitCodes.contains(code)) {
      e.problems().add(node, path, "names unit '" + code + "', which is not in units");
      return null;
    }
    return code;
  }

  private static @Nullable Long positive(
      ScalarReader scalars, Fields e, ScalarNode node, String path) {
    Long value = scalars.whole(node, path, Integer.MAX_VALUE);
    if (value != null && value == 0) {
      e.problems().add(node, path, "must be at least 1");
      return null;
    }
    return value;
  }
}
