package uk.warden.inspect.detect.police;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankLexiconTests {

  private final RankLexicon ranks = RankLexicon.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Detective Chief Inspector Smith | Detective Chief Inspector
          Sgt. Patel                      | Sgt
          DCI                             | DCI
          Chief Constable                 | Chief Constable
          Deputy Assistant Commissioner   | Deputy Assistant Commissioner
          Police Constable                | Police Constable
          Chief Executive                 | ''
          Dci                             | ''
          sergeant                        | ''
          Det Sgt                         | ''
          """)
  void matchesTheLongestPhraseTheTablesKnow(String text, String rank) {
    int end = ranks.match(text, 0);
    assertThat(end < 0 ? "" : text.substring(0, end)).isEqualTo(rank);
  }
}
