package uk.warden.inspect.detect.uk;

import java.util.Set;
import uk.warden.inspect.detect.Anchor;
import uk.warden.inspect.detect.CandidateSink;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.DetectionRule;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.detect.Validation;
import uk.warden.inspect.detect.WordFilter;
import uk.warden.inspect.detect.police.RankLexicon;

/**
 * People's names, conservatively, since no NER model is available and NER is the main source of
 * false positives anyway (DETECTORS.md §6 point 5):
 *
 * <ul>
 *   <li>an honorific and a name: "Mr John Smith", "Dr A. Khan" (span: the name, not the title);
 *   <li>a police rank and a name: "DC Jones", "Sgt. Patel", "Detective Chief Inspector Jane Smith"
 *       (span: the name, so that the rank is reported separately as POLICE_RANK);
 *   <li>a forename from the bundled list ({@code forenames.txt}) and a capitalised surname: "Sarah
 *       O'Brien", "Mohammed Ali Khan".
 * </ul>
 *
 * A single capitalised word is never a name on its own here. {@link #nameLikelihood} scores a whole
 * table cell, for the column classifier that sees "Smith" under a "Surname" header.
 */
public final class PersonNameDetector implements Detector {

  static final DetectionRule HONORIFIC_AND_NAME = DetectionRule.of("honorific-and-name", 0.85);
  static final DetectionRule RANK_AND_NAME = DetectionRule.of("rank-and-name", 0.8);
  static final DetectionRule FORENAME_AND_SURNAME =
      DetectionRule.of("known-forename-and-surname", 0.7);

  private static final int MAX_NAME_WORDS = 3;

  private final RankLexicon ranks;
  private final WordFilter firstWords;

  public PersonNameDetector() {
    this(RankLexicon.standard());
  }

  public PersonNameDetector(RankLexicon ranks) {
    this.ranks = ranks;
    this.firstWords =
        WordFilter.words(NameWords.HONORIFICS.plus(NameWords.FORENAMES).plus(ranks.words()));
  }

  @Override
  public EntityType type() {
    return EntityType.PERSON_NAME;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER);
  }

  @Override
  public WordFilter wordFilter() {
    return firstWords;
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (wordEnd - start < 2) {
      return;
    }
    int kind = NameWords.KINDS.get(text, start, wordEnd);
    if ((kind & NameWords.HONORIFIC) != 0) {
      reportNameAfter(text, wordEnd, HONORIFIC_AND_NAME, sink);
      return;
    }
    // A rank counts here only before a capitalised word: "DC Jones", "Detective Chief Inspector".
    if ((kind & NameWords.FORENAME) == 0 && !capitalisedWordFollows(text, wordEnd)) {
      return;
    }
    int rankEnd = ranks.match(text, start);
    if (rankEnd > 0) {
      reportNameAfter(text, rankEnd, RANK_AND_NAME, sink);
      return;
    }
    if ((kind & NameWords.FORENAME) != 0
        && (kind & NameWords.NOT_SURNAME) == 0
        && NameWords.isNameWord(text, start, wordEnd)
        && Chars.charAt(text, wordEnd, ' ')) {
      int end = namesEnd(text, wordEnd + 1, MAX_NAME_WORDS - 1);
      if (end > 0) {
        sink.report(start, end, FORENAME_AND_SURNAME, Validation.NO_OPINION);
      }
    }
  }

  /**
   * How likely a whole table cell is to be (part of) a person's name, 0 to 1: the score of a name
   * found in it, else 0.6 for a listed forename alone, 0.3 for another capitalised name-like word,
   * 0 otherwise. The column classifier combines this over sampled cells with the header.
   */
  public double nameLikelihood(CharSequence cell) {
    String value = cell.toString().strip();
    if (value.isEmpty()) {
      return 0.0;
    }
    double[] best = {0.0};
    CandidateSink sink = (s, e, rule, validation) -> best[0] = Math.max(best[0], rule.baseScore());
    for (int i = 0; i < value.length(); i++) {
      if (Chars.isUpper(value.charAt(i)) && Chars.boundaryBefore(value, i)) {
        int end = i + 1;
        while (end < value.length() && Chars.isWordChar(value.charAt(end))) {
          end++;
        }
        inspect(value, i, end, sink);
      }
    }
    if (best[0] > 0.0) {
      return best[0];
    }
    int end = NameWords.nameWordEnd(value, 0);
    if (end != value.length() || !NameWords.isNameWord(value, 0, end)) {
      return 0.0;
    }
    return NameWords.FORENAMES.contains(value, 0, end) ? 0.6 : 0.3;
  }

  private static void reportNameAfter(
      CharSequence text, int titleEnd, DetectionRule rule, CandidateSink sink) {
    int i = Chars.charAt(text, titleEnd, '.') ? titleEnd + 1 : titleEnd;
    if (!Chars.charAt(text, i, ' ')) {
      return;
    }
    int end = namesEnd(text, i + 1, MAX_NAME_WORDS);
    if (end > 0) {
      sink.report(i + 1, end, rule, Validation.NO_OPINION);
    }
  }

  /**
   * The end of up to {@code max} name words from {@code from}, separated by single spaces, with
   * initials ("J." or "J") allowed before the last; -1 unless at least one name word is found.
   */
  private static int namesEnd(CharSequence text, int from, int max) {
    int i = from;
    int words = 0;
    int end = -1;
    while (words < max && Chars.upperAt(text, i)) {
      int initialEnd = initialEnd(text, i);
      if (initialEnd > 0) {
        i = initialEnd + 1;
        continue;
      }
      int wordEnd = withoutPossessive(text, i, NameWords.nameWordEnd(text, i));
      if (!endsWord(text, wordEnd) || !NameWords.isNameWord(text, i, wordEnd)) {
        break;
      }
      words++;
      end = wordEnd;
      if (!Chars.charAt(text, wordEnd, ' ')) {
        break;
      }
      i = wordEnd + 1;
    }
    return end;
  }

  /** The end of an initial ("J." or "J") that is followed by a space and a capital; else -1. */
  private static int initialEnd(CharSequence text, int at) {
    int end = Chars.charAt(text, at + 1, '.') ? at + 2 : at + 1;
    boolean single = end == at + 2 || !Chars.isWordChar(charOrSpace(text, at + 1));
    return single && Chars.charAt(text, end, ' ') && Chars.upperAt(text, end + 1) ? end : -1;
  }

  private static boolean capitalisedWordFollows(CharSequence text, int end) {
    int i = Chars.charAt(text, end, '.') ? end + 1 : end;
    return Chars.charAt(text, i, ' ') && Chars.upperAt(text, i + 1);
  }

  /** A name word ends at a word boundary or at the apostrophe of a possessive. */
  private static boolean endsWord(CharSequence text, int end) {
    return Chars.boundaryAfter(text, end)
        || Chars.charAt(text, end, '\'')
        || Chars.charAt(text, end, '\u2019');
  }

  private static char charOrSpace(CharSequence text, int at) {
    return at < text.length() ? text.charAt(at) : ' ';
  }

  private static int withoutPossessive(CharSequence text, int start, int end) {
    if (end - start > 3
        && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
      return end - 2;
    }
    return end;
  }
}
