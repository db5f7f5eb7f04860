package uk.warden.inspect.detect.police;

import java.util.EnumSet;
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
 * Pay, staff, service and employee numbers: the HR key leaked by the Digital ID breach ("pay
 * numbers") and by PSNI ("service/staff number"). Formats are force-specific ({@link
 * PayNumberShape}), so only with context: "pay number", "staff no", "service number".
 */
public final class PayNumberDetector implements Detector {

  static final DetectionRule SHAPE =
      DetectionRule.of("force-pay-number-shape", 0.5).requiringContext();

  private final PayNumberShape shape;

  public PayNumberDetector() {
    this(PayNumberShape.DEFAULT);
  }

  public PayNumberDetector(PayNumberShape shape) {
    this.shape = shape;
  }

  @Override
  public EntityType type() {
    return EntityType.PAY_NUMBER;
  }

  @Override
  public Set<Anchor> anchors() {
    return shape.maxLetters() > 0
        ? EnumSet.of(Anchor.DIGIT, Anchor.UPPER)
        : EnumSet.of(Anchor.DIGIT);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.lengths(shape.minDigits(), shape.maxLetters() + shape.maxDigits())
        .with(WordFilter.Shape.HAS_DIGIT);
  }

  @Override
  public boolean needsContext() {
    return true;
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
            "pay number",
            "pay no",
            "payroll number",
            "payroll no",
            "payroll",
            "staff number",
            "staff no",
            "staff id",
            "service number",
            "service no",
            "employee number",
            "employee no",
            "employee id",
            "personnel number",
            "personnel no")
        .withWindow(4);
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    int letters = Chars.lettersEnd(text, start) - start;
    if (letters > shape.maxLetters() || wordEnd - start > shape.maxLetters() + shape.maxDigits()) {
      return;
    }
    for (int i = start; i < start + letters; i++) {
      if (!Chars.isUpper(text.charAt(i))) {
        return;
      }
    }
    int digitsEnd = Chars.digitsEnd(text, start + letters);
    int digits = digitsEnd - start - letters;
    if (digitsEnd != wordEnd || digits < shape.minDigits() || digits > shape.maxDigits()) {
      return;
    }
    if (Chars.charAt(text, wordEnd, '.') && Chars.digitAt(text, wordEnd + 1)) {
      return; // a decimal, not an identifier
    }
    sink.report(start, wordEnd, SHAPE, Validation.NO_OPINION);
  }
}
