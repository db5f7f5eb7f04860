package uk.warden.inspect.detect.police;

import java.util.Set;
import uk.warden.inspect.detect.Anchor;
import uk.warden.inspect.detect.CandidateSink;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.ContextWords;
import uk.warden.inspect.detect.DetectionRule;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.detect.Validation;
import uk.warden.inspect.detect.WordFilter;

/**
 * Police ranks ({@link RankLexicon}). A short abbreviation ("PC", "DS", "CC", "AC") is also an
 * everyday abbreviation (personal computer, carbon copy, air conditioning), so it is reported only
 * before a name or a number: "PC 1234", "DS Patel". A full title stands on its own at a lower
 * score, unless the words before make it another office ("Information Commissioner", "Police and
 * Crime Commissioner", "Wing Commander").
 */
public final class PoliceRankDetector implements Detector {

  static final DetectionRule BEFORE_NAME_OR_NUMBER =
      DetectionRule.of("rank-before-name-or-number", 0.85);
  static final DetectionRule TITLE_ALONE = DetectionRule.of("rank-title", 0.5);

  private static final int LONGEST_ABBREVIATION = 4;

  private final RankLexicon ranks;

  public PoliceRankDetector() {
    this(RankLexicon.standard());
  }

  public PoliceRankDetector(RankLexicon ranks) {
    this.ranks = ranks;
  }

  @Override
  public EntityType type() {
    return EntityType.POLICE_RANK;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.words(ranks.words());
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of("rank", "officer", "police")
        .withNegative("information", "crime", "wing", "group", "example")
        .withWindow(2)
        .withBoost(0.1);
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    int end = ranks.match(text, start);
    if (end < 0) {
      return;
    }
    if (beforeNameOrNumber(text, end)) {
      sink.report(start, end, BEFORE_NAME_OR_NUMBER, Validation.NO_OPINION);
    } else if (end - start > LONGEST_ABBREVIATION) {
      sink.report(start, end, TITLE_ALONE, Validation.NO_OPINION);
    }
  }

  /** Whether ". " or " " and then a capitalised word or a digit follow. */
  static boolean beforeNameOrNumber(CharSequence text, int end) {
    int i = Chars.charAt(text, end, '.') ? end + 1 : end;
    if (!Chars.charAt(text, i, ' ')) {
      return false;
    }
    i++;
    return Chars.digitAt(text, i)
        || (Chars.upperAt(text, i) && i + 1 < text.length() && Chars.isLetter(text.charAt(i + 1)));
  }
}
