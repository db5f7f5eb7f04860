package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContextWordsTests {

  @Test
  void matchesPhrasesWhateverThePunctuationAndCase() {
    ContextWords words = ContextWords.of("a/c", "d.o.b", "date of birth");
    assertThat(words.positiveBefore("A/C: 1234", 5)).isEqualTo("a/c");
    assertThat(words.positiveBefore("D.O.B. 12/03/1985", 7)).isEqualTo("d.o.b");
    assertThat(words.positiveBefore("Date-of-Birth 12/03/1985", 14)).isEqualTo("date of birth");
  }

  @Test
  void looksOnlyWithinTheWindowBeforeTheCandidate() {
    ContextWords words = ContextWords.of("nhs").withWindow(2);
    assertThat(words.positiveBefore("NHS no 1", 7)).isEqualTo("nhs");
    assertThat(words.positiveBefore("NHS a b c 1", 10)).isNull();
    assertThat(words.positiveBefore("1 NHS", 0)).isNull();
  }

  @Test
  void keepsToTheWindowAfterALongerPhraseReadFurtherBack() {
    // The first phrase reads five words back; the second must still look at only two.
    ContextWords words = ContextWords.of("a b c d e f", "zz").withWindow(2);
    assertThat(words.positiveBefore("zz q r s t 1", 11)).isNull();
    assertThat(words.positiveBefore("q r zz t 1", 9)).isEqualTo("zz");
  }

  @Test
  void findsNegativeWordsSeparately() {
    ContextWords words = ContextWords.of("nhs").withNegative("example", "test");
    assertThat(words.negativeBefore("for example 123", 12)).isEqualTo("example");
    assertThat(words.positiveBefore("for example 123", 12)).isNull();
  }

  @Test
  void findsPhrasesAnywhereInAHeader() {
    assertThat(ContextWords.of("pay number").positiveInHeader("Employee pay_number (HR)"))
        .isEqualTo("pay number");
  }

  @Test
  void isTunedByCopying() {
    ContextWords base = ContextWords.of("sort code");
    ContextWords tuned = base.withPositive("bacs").withBoost(0.5).withWindow(3);
    assertThat(base.positive()).containsExactly("sort code");
    assertThat(tuned.positive()).containsExactly("sort code", "bacs");
    assertThat(tuned.boost()).isEqualTo(0.5);
    assertThat(tuned.window()).isEqualTo(3);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> ContextWords.of("--")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContextWords.of("a").withWindow(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContextWords.of("a").withBoost(2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
