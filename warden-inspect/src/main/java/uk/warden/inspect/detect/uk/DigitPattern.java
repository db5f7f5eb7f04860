package uk.warden.inspect.detect.uk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A regular expression over the digits 0-9, as libphonenumber's metadata writes them, in a form
 * that can be differentiated (Brzozowski derivatives): the derivative by a digit is the pattern the
 * rest of the number must match. Deriving from the start state by every digit, and merging equal
 * patterns, gives a deterministic automaton ({@link GbNumberAutomaton}). Records give the
 * structural equality that merging needs; the factory methods keep patterns in a normal form so
 * that equal languages usually meet as equal records.
 */
sealed interface DigitPattern {

  /** Matches nothing. */
  DigitPattern NOTHING = new Nothing();

  /** Matches the empty string. */
  DigitPattern EMPTY = new Empty();

  DigitPattern derive(int digit);

  boolean nullable();

  record Nothing() implements DigitPattern {
    public DigitPattern derive(int digit) {
      return NOTHING;
    }

    public boolean nullable() {
      return false;
    }
  }

  record Empty() implements DigitPattern {
    public DigitPattern derive(int digit) {
      return NOTHING;
    }

    public boolean nullable() {
      return true;
    }
  }

  /** One digit from a set, as a bit mask of 0-9. */
  record Digits(int mask) implements DigitPattern {
    public DigitPattern derive(int digit) {
      return (mask & (1 << digit)) != 0 ? EMPTY : NOTHING;
    }

    public boolean nullable() {
      return false;
    }
  }

  record Sequence(List<DigitPattern> parts) implements DigitPattern {
    public DigitPattern derive(int digit) {
      DigitPattern head = parts.get(0);
      DigitPattern rest = sequence(parts.subList(1, parts.size()));
      DigitPattern first = sequence(List.of(head.derive(digit), rest));
      return head.nullable() ? either(List.of(first, rest.derive(digit))) : first;
    }

    public boolean nullable() {
      return parts.stream().allMatch(DigitPattern::nullable);
    }
  }

  record Either(Set<DigitPattern> choices) implements DigitPattern {
    public DigitPattern derive(int digit) {
      List<DigitPattern> derived = new ArrayList<>();
      for (DigitPattern choice : choices) {
        derived.add(choice.derive(digit));
      }
      return either(derived);
    }

    public boolean nullable() {
      return choices.stream().anyMatch(DigitPattern::nullable);
    }
  }

  /** {@code body} repeated {@code min} to {@code max} times; max -1 means unbounded. */
  record Repeat(DigitPattern body, int min, int max) implements DigitPattern {
    public DigitPattern derive(int digit) {
      int nextMax = max < 0 ? -1 : max - 1;
      return sequence(List.of(body.derive(digit), repeat(body, Math.max(0, min - 1), nextMax)));
    }

    public boolean nullable() {
      return min == 0 || body.nullable();
    }
  }

  /** Both patterns at once (intersection). */
  record Both(DigitPattern left, DigitPattern right) implements DigitPattern {
    public DigitPattern derive(int digit) {
      return both(left.derive(digit), right.derive(digit));
    }

    public boolean nullable() {
      return left.nullable() && right.nullable();
    }
  }

  /** {@code body}, accepted only at a length in {@code lengths} (bit n = n digits in all). */
  record Length(DigitPattern body, long lengths, int consumed) implements DigitPattern {
    public DigitPattern derive(int digit) {
      return length(body.derive(digit), lengths, consumed + 1);
    }

    public boolean nullable() {
      return body.nullable() && (lengths & (1L << consumed)) != 0;
    }
  }

  static DigitPattern sequence(List<DigitPattern> parts) {
    List<DigitPattern> flat = new ArrayList<>();
    for (DigitPattern part : parts) {
      if (part instanceof Nothing) {
        return NOTHING;
      }
      if (part instanceof Sequence sequence) {
        flat.addAll(sequence.parts());
      } else if (!(part instanceof Empty)) {
        flat.add(part);
      }
    }
    if (flat.isEmpty()) {
      return EMPTY;
    }
    return flat.size() == 1 ? flat.get(0) : new Sequence(List.copyOf(flat));
  }

  static DigitPattern either(List<DigitPattern> choices) {
    Set<DigitPattern> flat = new LinkedHashSet<>();
    int digits = 0;
    for (DigitPattern choice : choices) {
      if (choice instanceof Either either) {
        flat.addAll(either.choices());
      } else if (choice instanceof Digits set) {
        digits |= set.mask();
      } else if (!(choice instanceof Nothing)) {
        flat.add(choice);
      }
    }
    if (digits != 0) {
      flat.add(new Digits(digits));
    }
    if (flat.isEmpty()) {
      return NOTHING;
    }
    return flat.size() == 1 ? flat.iterator().next() : new Either(Set.copyOf(flat));
  }

  static DigitPattern repeat(DigitPattern body, int min, int max) {
    if (max == 0 || body instanceof Empty) {
      return EMPTY;
    }
    if (body instanceof Nothing) {
      return min == 0 ? EMPTY : NOTHING;
    }
    if (min == 1 && max == 1) {
      return body;
    }
    return new Repeat(body, min, max);
  }

  static DigitPattern both(DigitPattern left, DigitPattern right) {
    if (left instanceof Nothing || right instanceof Nothing) {
      return NOTHING;
    }
    return left.equals(right) ? left : new Both(left, right);
  }

  static DigitPattern length(DigitPattern body, long lengths, int consumed) {
    if (body instanceof Nothing || consumed >= 64 || (lengths >>> consumed) == 0) {
      return NOTHING;
    }
    return new Length(body, lengths, consumed);
  }
}
