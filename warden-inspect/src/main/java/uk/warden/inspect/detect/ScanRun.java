package uk.warden.inspect.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of one scan: receives candidates from the detectors, applies validation and context and
 * turns them into detections.
 *
 * <p>Context is the expensive part, so it is settled as cheaply as possible. The scanner tells the
 * run when it reads a word that ends one of a detector's context phrases; a candidate whose
 * detector has seen no such word within its window has no context, without reading back over the
 * text, and a detector whose every rule needs context is not even called ({@link
 * Detector#needsContext}). Otherwise the words before the candidate are read back lazily, once per
 * position for all detectors reporting there. A brute-force reference scanner in the tests checks
 * that none of this changes a result.
 */
final class ScanRun implements CandidateSink {

  /**
   * What every scan by one scanner shares: the detectors and the facts about them that a scan
   * consults, read once when the scanner is built. A table cell is one scan, so asking each
   * detector for its type and context needs on every scan cost more than scanning a short cell.
   */
  static final class Plan {
    final Detector[] detectors;
    final String[] names;
    final EntityType[] types;
    final ContextWords[] contexts;
    final int[] wordsNeeded;
    final boolean[] needsContext;
    final int maxContextWords;

    Plan(Detector[] detectors, String[] names, ContextWords[] contexts, int maxContextWords) {
      this.detectors = detectors;
      this.names = names;
      this.contexts = contexts;
      this.maxContextWords = maxContextWords;
      this.types = new EntityType[detectors.length];
      this.wordsNeeded = new int[detectors.length];
      this.needsContext = new boolean[detectors.length];
      for (int d = 0; d < detectors.length; d++) {
        types[d] = detectors[d].type();
        wordsNeeded[d] = contexts[d].wordsNeeded();
        needsContext[d] = detectors[d].needsContext();
      }
    }
  }

  private final CharSequence text;
  private final TextScanner.Header header;
  private final boolean hasHeader;
  private final Detector[] detectors;
  private final String[] names;
  private final EntityType[] types;
  private final ContextWords[] contexts;
  private final int[] wordsNeeded;
  private final boolean[] needsContext;
  private final int maxContextWords;

  /**
   * The last explanation without context made for each detector (most repeat it) and the window of
   * words before a candidate: made on first use, since most scans of a short cell need neither.
   */
  private Explanation @Nullable [] lastPlain;

  private @Nullable WordWindow before;
  private int beforeLoadedAt = -1;
  private int current;

  /**
   * Words read up to the anchor, the word at which a context last word was last seen, the anchor.
   */
  private int ordinal;

  private final int[] contextSeenAt;
  private int anchorStart;
  private boolean anchorIsAtSign;
  private final List<Detection> detections = new ArrayList<>();

  /** How far back {@link #add} moves a detection before it leaves the order to a sort. */
  private static final int MAX_MOVE_BACK = 16;

  private boolean unsorted;

  ScanRun(CharSequence text, TextScanner.Header header, Plan plan) {
    this.text = text;
    this.header = header;
    this.hasHeader = header.present();
    this.detectors = plan.detectors;
    this.names = plan.names;
    this.types = plan.types;
    this.contexts = plan.contexts;
    this.wordsNeeded = plan.wordsNeeded;
    this.needsContext = plan.needsContext;
    this.maxContextWords = plan.maxContextWords;
    this.contextSeenAt = new int[detectors.length];
    Arrays.fill(contextSeenAt, Integer.MIN_VALUE / 2);
  }

  /**
   * The scanner is about to offer an anchor: a word starting at {@code start}, or an {@code @};
   * {@code ordinal} words have been read, this one included.
   */
  void anchorAt(int start, boolean atSign, int ordinal) {
    anchorStart = start;
    anchorIsAtSign = atSign;
    this.ordinal = ordinal;
  }

  /**
   * The word just read, the {@code ordinal}th, may end a context phrase of these detectors (as
   * bits; -1 for all). The phrase itself is checked only when a candidate comes: checking it here
   * was tried and is slower, as such words are common ("number", "police") and most are followed by
   * no candidate.
   */
  void contextWordSeen(int ordinal, long detectorBits) {
    this.ordinal = ordinal;
    long bits = detectorBits;
    while (bits != 0) {
      int d = Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
      if (d < 63) {
        if (d < contextSeenAt.length) {
          contextSeenAt[d] = ordinal;
        }
      } else {
        for (int from = 63; from < contextSeenAt.length; from++) {
          contextSeenAt[from] = ordinal;
        }
      }
    }
  }

  void offer(int detector, int start, int wordEnd) {
    current = detector;
    // Settled without a call when no context of its own is near: it would report only to drop.
    if (needsContext[detector]
        && contextSeenAt[detector] < ordinal - wordsNeeded[detector] - 1
        && (!hasHeader || headerContext(contexts[detector]) == null)) {
      return;
    }
    detectors[detector].inspect(text, start, wordEnd, this);
  }

  /** What was found, in text order. */
  List<Detection> found() {
    if (unsorted) {
      detections.sort(Overlaps.TEXT_ORDER); // stable: equal spans keep the order they came in
      unsorted = false;
    }
    return detections;
  }

  @Override
  public void report(int start, int end, DetectionRule rule, Validation validation) {
    // A misbehaving plug-in must not make the scan throw or report a span outside the text.
    if (validation == Validation.REJECTED || start < 0 || end > text.length() || end <= start) {
      return;
    }
    double score =
        validation == Validation.CONFIRMED
            ? Math.max(rule.baseScore(), rule.confirmedScore())
            : rule.baseScore();
    ContextWords context = contexts[current];
    ContextWords.Found found = context.isEmpty() ? null : positiveContext(context, start);
    String word = null;
    double boost = 0.0;
    if (found != null) {
      word = found.phrase();
      double boosted =
          Math.min(1.0, Math.max(score + context.boostAt(found.distance()), ContextWords.FLOOR));
      boost = boosted - score;
      score = boosted;
    } else if (rule.contextRequired() || suppressed(context, start)) {
      return;
    }
    Explanation explanation =
        word == null
            ? plainExplanation(rule, validation)
            : new Explanation(
                names[current], rule.name(), rule.baseScore(), validation, word, boost);
    add(new Detection(types[current], start, end, score, explanation));
  }

  /**
   * Adds a detection in text order. Detectors report almost in text order (a span may begin before
   * its anchor: the local part of an e-mail address, the "+" of a phone number), so a detection
   * that belongs earlier moves back a few places, after any equal to it, as a stable sort would put
   * it. One that would move further (a plug-in may report anywhere) is appended, and the list is
   * sorted once at the end instead.
   */
  private void add(Detection detection) {
    int at = detections.size();
    int lowest = Math.max(0, at - MAX_MOVE_BACK);
    while (at > lowest && Overlaps.compareTextOrder(detections.get(at - 1), detection) > 0) {
      at--;
    }
    if (at == lowest
        && at > 0
        && Overlaps.compareTextOrder(detections.get(at - 1), detection) > 0) {
      unsorted = true;
      at = detections.size();
    }
    detections.add(at, detection);
  }

  private ContextWords.@Nullable Found positiveContext(ContextWords context, int start) {
    ContextWords.Found found =
        mayHaveContext(start) ? context.positiveIn(wordsBefore(start)) : null;
    return found != null ? found : headerContext(context);
  }

  private boolean suppressed(ContextWords context, int start) {
    return context.hasNegative()
        && mayHaveContext(start)
        && context.negativeIn(wordsBefore(start)) != null;
  }

  /**
   * False when no context word can be near: none of the last few words read ended a context phrase.
   * Most candidates (every small number for the collar detector) are settled here without walking
   * back over the text. A span reported ahead of the anchor, or an e-mail address whose local part
   * holds several words, gets the full check or a wider gate.
   */
  private boolean mayHaveContext(int start) {
    if (start > anchorStart) {
      return true;
    }
    int slack = anchorIsAtSign ? 8 : 1;
    return contextSeenAt[current] >= ordinal - wordsNeeded[current] - slack;
  }

  private WordWindow wordsBefore(int start) {
    WordWindow window = before;
    if (window == null) {
      window = new WordWindow(maxContextWords);
      before = window;
    }
    if (beforeLoadedAt != start) {
      window.loadBefore(text, start);
      beforeLoadedAt = start;
    }
    return window;
  }

  /** An explanation without a context word, reusing the detector's last one if it is the same. */
  private Explanation plainExplanation(DetectionRule rule, Validation validation) {
    Explanation[] cache = lastPlain;
    if (cache == null) {
      cache = new Explanation[detectors.length];
      lastPlain = cache;
    }
    Explanation last = cache[current];
    if (last != null
        && last.validation() == validation
        && last.rule().equals(rule.name())
        && last.baseScore() == rule.baseScore()) {
      return last;
    }
    Explanation made =
        new Explanation(names[current], rule.name(), rule.baseScore(), validation, null, 0.0);
    cache[current] = made;
    return made;
  }

  /** A header word counts as adjacent context: the header names the whole column. */
  private ContextWords.@Nullable Found headerContext(ContextWords context) {
    return hasHeader ? header.context(current, context) : null;
  }
}
