package uk.warden.core.findings;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.Marking;

/**
 * Which clearances let someone use a system of each marking: any one of the listed levels will do.
 * Kept as data in the rules file; the default follows DOMAIN.md §4 for access to systems, not only
 * to material: NPPV1 is premises only and NPPV2 (abbreviated) gives material with no system access,
 * so neither satisfies any system; OFFICIAL and OFFICIAL-SENSITIVE need RV or MV (police officers
 * and staff), NPPV2 (full) or NPPV3 (non-police personnel), or SC and above; BPSS and CTC suffice
 * only for OFFICIAL; SECRET needs MV, NPPV3 or SC and above; TOP SECRET needs DV or eDV.
 */
record ClearanceRequirements(Map<String, Set<ClearanceLevel>> byMarking) {

  static final ClearanceRequirements STANDARD =
      new ClearanceRequirements(
          ordered(
              Map.of(
                  "OFFICIAL",
                  EnumSet.of(
                      ClearanceLevel.RV,
                      ClearanceLevel.MV,
                      ClearanceLevel.NPPV2F,
                      ClearanceLevel.NPPV3,
                      ClearanceLevel.BPSS,
                      ClearanceLevel.CTC,
                      ClearanceLevel.SC,
                      ClearanceLevel.ESC,
                      ClearanceLevel.DV,
                      ClearanceLevel.EDV),
                  "OFFICIAL-SENSITIVE",
                  EnumSet.of(
                      ClearanceLevel.RV,
                      ClearanceLevel.MV,
                      ClearanceLevel.NPPV2F,
                      ClearanceLevel.NPPV3,
                      ClearanceLevel.SC,
                      ClearanceLevel.ESC,
                      ClearanceLevel.DV,
                      ClearanceLevel.EDV),
                  "SECRET",
                  EnumSet.of(
                      ClearanceLevel.MV,
                      ClearanceLevel.NPPV3,
                      ClearanceLevel.SC,
                      ClearanceLevel.ESC,
                      ClearanceLevel.DV,
                      ClearanceLevel.EDV),
                  "TOP SECRET",
                  EnumSet.of(ClearanceLevel.DV, ClearanceLevel.EDV))));

  ClearanceRequirements {
    byMarking = Collections.unmodifiableMap(new LinkedHashMap<>(byMarking));
  }

  /** The levels that satisfy {@code marking}, or null when the table sets no requirement. */
  @Nullable Set<ClearanceLevel> required(Marking marking) {
    return byMarking.get(marking.label());
  }

  /**
   * Reads the YAML form: a mapping from marking ({@code OFFICIAL-SENSITIVE}, {@code TOP SECRET};
   * legacy GPMS markings are read as the tier that replaced them) to a list of levels.
   */
  static ClearanceRequirements read(Object raw) {
    if (!(raw instanceof Map<?, ?> map) || map.isEmpty()) {
      throw new IllegalArgumentException(
          "must map markings (OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET) to lists of"
              + " clearance levels");
    }
    Map<String, Set<ClearanceLevel>> table = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      Marking marking =
          Marking.parse(name)
              .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a marking"));
      if (!(entry.getValue() instanceof List<?> levels) || levels.isEmpty()) {
        throw new IllegalArgumentException("'" + name + "' must list at least one clearance level");
      }
      Set<ClearanceLevel> accepted = EnumSet.noneOf(ClearanceLevel.class);
      for (Object level : levels) {
        accepted.add(
            ClearanceLevel.parse(String.valueOf(level))
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "'"
                                + name
                                + "': '"
                                + level
                                + "' is not a clearance level (RV, MV, NPPV1, NPPV2A, NPPV2F,"
                                + " NPPV3, BPSS, CTC, SC, eSC, DV, eDV)")));
      }
      if (table.put(marking.label(), Collections.unmodifiableSet(accepted)) != null) {
        throw new IllegalArgumentException("'" + marking.label() + "' appears twice");
      }
    }
    return new ClearanceRequirements(table);
  }

  private static Map<String, Set<ClearanceLevel>> ordered(Map<String, Set<ClearanceLevel>> map) {
    Map<String, Set<ClearanceLevel>> ordered = new LinkedHashMap<>();
    for (String marking : List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET")) {
      ordered.put(marking, Collections.unmodifiableSet(map.get(marking)));
    }
    return ordered;
  }
}
