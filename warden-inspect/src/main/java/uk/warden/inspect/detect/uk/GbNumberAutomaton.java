package uk.warden.inspect.detect.uk;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * libphonenumber's validity rules for one country calling code, compiled into a deterministic
 * automaton over digits, so that checking a number costs one array step per digit.
 *
 * <p>For each region sharing the code (for +44: GB, then Guernsey, Isle of Man, Jersey) there are
 * two patterns: "valid here" (the general description, with its lengths, intersected with the union
 * of the type descriptions, each with its own lengths) and, except for the main region, the
 * leading-digits pattern that claims a number for the region. The automaton runs all of them side
 * by side: each state is the tuple of their derivatives ({@link DigitPattern}). At the end of a
 * number a bit mask says which patterns matched, and which leading-digits patterns matched a prefix
 * on the way; {@link #isValid} then applies libphonenumber's region order, as
 * getRegionCodeForNumber and isValidNumberForRegion do.
 */
final class GbNumberAutomaton {

  private static final int MAX_STATES = 100_000;

  private final int regions;
  private final boolean[] hasLeadingDigits;
  private final int[] transitions;
  private final long[] matched;

  private GbNumberAutomaton(
      int regions, boolean[] hasLeadingDigits, int[] transitions, long[] matched) {
    this.regions = regions;
    this.hasLeadingDigits = hasLeadingDigits;
    this.transitions = transitions;
    this.matched = matched;
  }

  /**
   * Compiles the regions' metadata, in libphonenumber's order for the calling code.
   *
   * @throws IllegalArgumentException if a pattern uses syntax the parser does not know, or the
   *     automaton grows too large
   */
  static GbNumberAutomaton compile(List<PhoneMetadata> metadata) {
    List<DigitPattern> start = new ArrayList<>();
    boolean[] leading = new boolean[metadata.size()];
    for (int r = 0; r < metadata.size(); r++) {
      PhoneMetadata region = metadata.get(r);
      start.add(validIn(region));
      leading[r] = region.hasLeadingDigits();
      start.add(
          leading[r] ? DigitPatternParser.parse(region.getLeadingDigits()) : DigitPattern.NOTHING);
    }
    Map<List<DigitPattern>, Integer> ids = new HashMap<>();
    List<List<DigitPattern>> states = new ArrayList<>();
    ArrayDeque<Integer> pending = new ArrayDeque<>();
    ids.put(start, 0);
    states.add(start);
    pending.add(0);
    List<int[]> rows = new ArrayList<>();
    while (!pending.isEmpty()) {
      int id = pending.poll();
      int[] row = new int[10];
      for (int digit = 0; digit < 10; digit++) {
        List<DigitPattern> next = new ArrayList<>(start.size());
        for (DigitPattern pattern : states.get(id)) {
          next.add(pattern.derive(digit));
        }
        Integer known = ids.get(next);
        if (known == null) {
          if (states.size() >= MAX_STATES) {
            throw new IllegalArgumentException("number automaton too large");
          }
          known = states.size();
          ids.put(next, known);
          states.add(next);
          pending.add(known);
        }
        row[digit] = known;
      }
      while (rows.size() <= id) {
        rows.add(null);
      }
      rows.set(id, row);
    }
    int[] transitions = new int[states.size() * 10];
    long[] matched = new long[states.size()];
    for (int id = 0; id < states.size(); id++) {
      System.arraycopy(rows.get(id), 0, transitions, id * 10, 10);
      List<DigitPattern> state = states.get(id);
      for (int p = 0; p < state.size(); p++) {
        if (state.get(p).nullable()) {
          matched[id] |= 1L << p;
        }
      }
    }
    return new GbNumberAutomaton(metadata.size(), leading, transitions, matched);
  }

  int states() {
    return matched.length;
  }

  /** Whether the national significant number, as decimal digits, is valid. */
  boolean isValid(long nationalNumber, int digits) {
    int state = 0;
    long prefixMatched = matched[0];
    long divisor = 1;
    for (int i = 1; i < digits; i++) {
      divisor *= 10;
    }
    for (int i = 0; i < digits; i++) {
      int digit = (int) ((nationalNumber / divisor) % 10);
      divisor /= 10;
      state = transitions[state * 10 + digit];
      prefixMatched |= matched[state];
    }
    long end = matched[state];
    for (int r = 0; r < regions; r++) {
      boolean valid = (end & (1L << (2 * r))) != 0;
      if (hasLeadingDigits[r]) {
        if ((prefixMatched & (1L << (2 * r + 1))) != 0) {
          return valid;
        }
      } else if (valid) {
        return true;
      }
    }
    return false;
  }

  /** General description (with lengths) and at least one type description (with its lengths). */
  private static DigitPattern validIn(PhoneMetadata region) {
    List<PhoneNumberDesc> types =
        List.of(
            region.getPremiumRate(),
            region.getTollFree(),
            region.getSharedCost(),
            region.getVoip(),
            region.getPersonalNumber(),
            region.getPager(),
            region.getUan(),
            region.getVoicemail(),
            region.getFixedLine(),
            region.getMobile());
    List<DigitPattern> anyType = new ArrayList<>();
    for (PhoneNumberDesc type : types) {
      anyType.add(described(type));
    }
    return DigitPattern.both(described(region.getGeneralDesc()), DigitPattern.either(anyType));
  }

  /** As libphonenumber's isNumberMatchingDesc: the possible lengths, then the whole pattern. */
  private static DigitPattern described(PhoneNumberDesc desc) {
    String regex = desc.getNationalNumberPattern();
    if (regex.isEmpty() || desc.getPossibleLengthList().contains(-1)) {
      return DigitPattern.NOTHING;
    }
    DigitPattern pattern = DigitPatternParser.parse(regex);
    if (desc.getPossibleLengthCount() == 0) {
      return pattern;
    }
    long lengths = 0;
    for (int length : desc.getPossibleLengthList()) {
      lengths |= 1L << length;
    }
    return DigitPattern.length(pattern, lengths, 0);
  }
}
