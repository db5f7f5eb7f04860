package uk.warden.core.register;

import java.util.Locale;
import java.util.Optional;

/**
 * Vetting levels of the police (APP Vetting) and national security (NSV) schemes. The rank orders
 * levels within a scheme by the depth of checks, so "at least NPPV2" can be asked.
 */
public enum ClearanceLevel {
  RV(ClearanceScheme.FORCE, "RV", 1),
  MV(ClearanceScheme.FORCE, "MV", 5),
  NPPV1(ClearanceScheme.FORCE, "NPPV1", 2),
  NPPV2A(ClearanceScheme.FORCE, "NPPV2A", 3),
  NPPV2F(ClearanceScheme.FORCE, "NPPV2F", 3),
  NPPV3(ClearanceScheme.FORCE, "NPPV3", 4),
  BPSS(ClearanceScheme.NSV, "BPSS", 1),
  CTC(ClearanceScheme.NSV, "CTC", 2),
  SC(ClearanceScheme.NSV, "SC", 3),
  ESC(ClearanceScheme.NSV, "eSC", 4),
  DV(ClearanceScheme.NSV, "DV", 5),
  EDV(ClearanceScheme.NSV, "eDV", 6);

  private final ClearanceScheme scheme;
  private final String label;
  private final int depth;

  ClearanceLevel(ClearanceScheme scheme, String label, int depth) {
    this.scheme = scheme;
    this.label = label;
    this.depth = depth;
  }

  public ClearanceScheme scheme() {
    return scheme;
  }

  public String label() {
    return label;
  }

  /** Depth of checks within the scheme: higher means more thorough vetting. */
  public int depth() {
    return depth;
  }

  /** Parses a level as written in HR extracts: {@code NPPV3}, {@code nppv 2a}, {@code eSC}. */
  public static Optional<ClearanceLevel> parse(String text) {
    String key = text.replaceAll("[\\s_-]", "").toUpperCase(Locale.ROOT);
    for (ClearanceLevel level : values()) {
      if (level.name().equals(key)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
