package uk.warden.inspect.detect.generic;

import java.time.Clock;
import java.time.LocalDate;
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
 * Dates of birth: a day-first date ({@link UkDates}) that is a real calendar date giving an age of
 * 16 to 110 today, and only with a context word ("dob", "date of birth", "born") before it or in
 * the column header. Documents are full of dates; only the context makes one a birth date. A
 * two-digit year is read in whichever century gives a plausible age.
 */
public final class DateOfBirthDetector implements Detector {

  static final DetectionRule DATE =
      DetectionRule.of("day-first-date", 0.5).confirmedAt(0.85).requiringContext();

  static final int MIN_AGE = 16;
  static final int MAX_AGE = 110;

  private final Clock clock;

  public DateOfBirthDetector() {
    this(Clock.systemDefaultZone());
  }

  public DateOfBirthDetector(Clock clock) {
    this.clock = clock;
  }

  @Override
  public EntityType type() {
    return EntityType.DATE_OF_BIRTH;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.DIGIT);
  }

  @Override
  public WordFilter wordFilter() {
    // "12/03/1985", "1985-03-12", "12 March 1985" and "12th March 1985".
    return WordFilter.lengths(1, 2)
        .with(WordFilter.Shape.ALL_DIGITS)
        .followedBy("/-. ")
        .or(WordFilter.lengths(4).with(WordFilter.Shape.ALL_DIGITS).followedBy("-"))
        .or(WordFilter.lengths(3, 4).with(WordFilter.Shape.HAS_DIGIT).followedBy(" "));
  }

  @Override
  public boolean needsContext() {
    return true;
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
            "dob", "d o b", "date of birth", "birth date", "birthdate", "born", "birthday")
        .withWindow(4);
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (wordEnd - start > 4) {
      return;
    }
    UkDates.Parsed date = UkDates.parse(text, start);
    if (date == null || !Chars.boundaryAfter(text, date.end())) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    int year = date.year();
    if (date.twoDigitYear()) {
      int century = today.getYear() / 100 * 100;
      year = century + year;
      if (UkDates.ageOn(today, date.day(), date.month(), year) < MIN_AGE) {
        year -= 100;
      }
    }
    int age = UkDates.ageOn(today, date.day(), date.month(), year);
    boolean plausible = age >= MIN_AGE && age <= MAX_AGE;
    sink.report(start, date.end(), DATE, plausible ? Validation.CONFIRMED : Validation.REJECTED);
  }
}
