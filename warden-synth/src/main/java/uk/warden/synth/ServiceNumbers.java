package uk.warden.synth;

import java.util.Locale;

/**
 * Pay numbers, warrant numbers and card serials: opaque, unique, and computed from a person's
 * position alone, so no set of issued numbers needs to be kept. Pay numbers are six digits for a
 * force of up to 90,000 people and grow a digit at a time beyond that, keeping the space at least
 * ten times the head count so numbers do not look sequential.
 */
final class ServiceNumbers {

  private final Permutation pay;
  private final long payFloor;
  private final int payDigits;
  private final Permutation warrant;
  private final int warrantDigits;
  private final Permutation card;

  ServiceNumbers(ForceSpec spec) {
    long sparse = 10L * spec.people();
    int digits = 6;
    while (9 * pow10(digits - 1) < sparse) {
      digits++;
    }
    this.payDigits = digits;
    this.payFloor = pow10(digits - 1);
    this.pay = new Permutation(9 * payFloor, Seeds.derive(spec.seed(), "pay-number"));
    int wDigits = 7;
    while (pow10(wDigits) < sparse) {
      wDigits++;
    }
    this.warrantDigits = wDigits;
    this.warrant = new Permutation(pow10(wDigits), Seeds.derive(spec.seed(), "warrant-number"));
    this.card = new Permutation(1L << 32, Seeds.derive(spec.seed(), "card-serial"));
  }

  int payDigits() {
    return payDigits;
  }

  String payNumber(int index) {
    return Long.toString(payFloor + pay.apply(index));
  }

  String warrantNumber(int index) {
    return zeroPadded(warrant.apply(index), warrantDigits);
  }

  /** Eight hex digits, as printed on the chip of a warrant card or pass. */
  String cardSerial(int index) {
    return zeroPadded(Long.toHexString(card.apply(index)).toUpperCase(Locale.ROOT), 8);
  }

  private static String zeroPadded(long value, int width) {
    return zeroPadded(Long.toString(value), width);
  }

  private static String zeroPadded(String digits, int width) {
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }
}
