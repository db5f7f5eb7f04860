package uk.warden.core.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataTaxonomy;

/**
 * What a kind of service needs to do its job, for the data-minimisation rule: an agreement whose
 * title or purpose contains one of {@code matches} (ignoring case) is for this service, and the
 * party needs no category outside {@code needs}. A card printer needs names and photos; it does not
 * need vetting levels, which is what made the Digital ID breach so damaging (DOMAIN.md §6.6).
 */
record PurposeProfile(String name, List<String> matches, Set<String> needs) {

  PurposeProfile {
    matches = List.copyOf(matches);
    needs = Collections.unmodifiableSortedSet(new TreeSet<>(needs));
  }

  static final List<PurposeProfile> STANDARD =
      List.of(
          new PurposeProfile(
              "identity-card-production",
              List.of("warrant card", "staff pass", "identity card", "id card", "pass production"),
              Set.of(
                  "user.name",
                  "user.biometric.photo",
                  "user.workforce.pay_number",
                  "user.workforce.card_serial",
                  "user.workforce.rank",
                  "user.workforce.collar_number",
                  "user.workforce.warrant_number")));

  boolean covers(Agreement agreement) {
    String text = (agreement.title() + " " + agreement.purpose()).toLowerCase(Locale.ROOT);
    for (String match : matches) {
      if (text.contains(match.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Reads the YAML list of {@code {name, matches, needs}}; categories must be in the taxonomy. */
  static List<PurposeProfile> read(Object raw) {
    if (!(raw instanceof List<?> list)) {
      throw new IllegalArgumentException("must be a list of profiles with name, matches and needs");
    }
    List<PurposeProfile> profiles = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException(
            "[" + i + "] must be a mapping with name, matches and needs");
      }
      for (Object key : map.keySet()) {
        if (!Set.of("name", "matches", "needs").contains(String.valueOf(key))) {
          throw new IllegalArgumentException(
              "[" + i + "]." + key + " is not a field: expected name, matches and needs");
        }
      }
      Object name = map.get("name");
      if (name == null || String.valueOf(name).isBlank()) {
        throw new IllegalArgumentException("[" + i + "].name is required");
      }
      List<String> matches = texts(map.get("matches"), "[" + i + "].matches");
      List<String> needs = texts(map.get("needs"), "[" + i + "].needs");
      Set<String> unknown = DataTaxonomy.standard().unknown(needs);
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("[" + i + "].needs names unknown categories " + unknown);
      }
      profiles.add(new PurposeProfile(String.valueOf(name), matches, new TreeSet<>(needs)));
    }
    return List.copyOf(profiles);
  }

  private static List<String> texts(Object raw, String path) {
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(path + " must be a non-empty list");
    }
    List<String> texts = new ArrayList<>();
    for (Object item : list) {
      if (item == null || String.valueOf(item).isBlank()) {
        throw new IllegalArgumentException(path + " has an empty entry");
      }
      texts.add(String.valueOf(item).strip());
    }
    return texts;
  }
}
