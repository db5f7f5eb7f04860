package uk.warden.inspect.detect.police;

/**
 * The shape of a force's pay (staff, service, employee) numbers, which no standard fixes (DOMAIN.md
 * §5.3): up to {@code maxLetters} capital letters, then {@code minDigits} to {@code maxDigits}
 * digits.
 */
public record PayNumberShape(int maxLetters, int minDigits, int maxDigits) {

  /** Four to eight digits, optionally after one or two capitals: "123456", "MP004512". */
  public static final PayNumberShape DEFAULT = new PayNumberShape(2, 4, 8);

  public PayNumberShape {
    if (maxLetters < 0 || minDigits < 1 || maxDigits < minDigits || maxDigits > 12) {
      throw new IllegalArgumentException("need 0 <= letters, 1 <= minDigits <= maxDigits <= 12");
    }
  }
}
