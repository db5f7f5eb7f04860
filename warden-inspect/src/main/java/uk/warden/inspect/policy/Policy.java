package uk.warden.inspect.policy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.report.Verdict;

/**
 * Verdicts by situation, optional verdicts for single finding codes (which win over the
 * situation's, e.g. {@code MACROS: BLOCK}), and how many rows of people make a table row-level.
 */
public final class Policy {

  private final String source;
  private final Map<Situation, Verdict> bySituation;
  private final Map<String, Verdict> byCode;
  private final int rowLevelRows;

  Policy(
      String source,
      Map<Situation, Verdict> bySituation,
      Map<String, Verdict> byCode,
      int rowLevelRows) {
    this.source = source;
    this.bySituation = new EnumMap<>(bySituation);
    this.byCode = new HashMap<>(byCode);
    this.rowLevelRows = rowLevelRows;
    // Fail closed whatever the file says: what was not read cannot be cleared.
    if (this.bySituation.get(Situation.UNINSPECTABLE) == Verdict.PASS) {
      throw new IllegalArgumentException("uninspectable content can never pass");
    }
  }

  /** The built-in policy: {@code default-policy.yaml}. */
  public static Policy standard() {
    return PolicyReader.standard();
  }

  /** Where the policy came from, for the report. */
  public String source() {
    return source;
  }

  public Verdict verdict(Situation situation, String code) {
    Verdict override = byCode.get(code);
    Verdict verdict = override != null ? override : bySituation.get(situation);
    if (situation == Situation.UNINSPECTABLE && verdict == Verdict.PASS) {
      return Verdict.REVIEW;
    }
    return verdict;
  }

  public @Nullable Verdict codeOverride(String code) {
    return byCode.get(code);
  }

  /** A table with at least this many rows of identifiable people is row-level data. */
  public int rowLevelRows() {
    return rowLevelRows;
  }
}
