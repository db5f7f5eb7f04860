package uk.warden.core.register;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A protective marking: a classification tier plus the OFFICIAL-SENSITIVE caveat, and the legacy
 * GPMS marking it was converted from when an old record is imported (records are not re-marked
 * automatically, so the original is kept as evidence).
 */
public record Marking(Classification classification, boolean sensitive, @Nullable String legacy) {

  public static final Marking OFFICIAL = new Marking(Classification.OFFICIAL, false, null);
  public static final Marking OFFICIAL_SENSITIVE = new Marking(Classification.OFFICIAL, true, null);

  /** Orders markings from least to most protective. */
  public static final Comparator<Marking> BY_PROTECTION =
      Comparator.comparing(Marking::classification).thenComparing(Marking::sensitive);

  public Marking {
    Objects.requireNonNull(classification, "classification");
    if (sensitive && classification != Classification.OFFICIAL) {
      // The SENSITIVE caveat belongs to OFFICIAL only; SECRET is already need-to-know.
      sensitive = false;
    }
  }

  /**
   * Parses a marking as written on a record. Accepts the current tiers ({@code OFFICIAL}, {@code
   * OFFICIAL-SENSITIVE}, {@code SECRET}, {@code TOP SECRET}) and the legacy GPMS markings ({@code
   * NOT PROTECTIVELY MARKED}, {@code PROTECT}, {@code RESTRICTED}, {@code CONFIDENTIAL}), mapped to
   * the tier that replaced them.
   */
  public static Optional<Marking> parse(String text) {
    String key = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    return Optional.ofNullable(
        switch (key) {
          case "OFFICIAL" -> OFFICIAL;
          case "OFFICIAL SENSITIVE", "OFFICIAL SENSITIVE PERSONAL" -> OFFICIAL_SENSITIVE;
          case "SECRET" -> new Marking(Classification.SECRET, false, null);
          case "TOP SECRET" -> new Marking(Classification.TOP_SECRET, false, null);
          case "NOT PROTECTIVELY MARKED", "NPM", "UNCLASSIFIED", "PROTECT" ->
              new Marking(Classification.OFFICIAL, false, key);
          case "RESTRICTED" -> new Marking(Classification.OFFICIAL, true, key);
          case "CONFIDENTIAL" -> new Marking(Classification.SECRET, false, key);
          default -> null;
        });
  }

  public String label() {
    return sensitive ? "OFFICIAL-SENSITIVE" : classification.label();
  }

  @Override
  public String toString() {
    return label();
  }
}
