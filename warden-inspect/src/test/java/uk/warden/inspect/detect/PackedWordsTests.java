package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Short ASCII words are looked up by their packed form, every other word by its hash. The two paths
 * must agree on every word: packing is one-to-one and ignores case, and the tables built on it
 * ({@link WordTable}, {@link WordSet}, {@link WordIndex}) answer as the hashed look-up does.
 */
class PackedWordsTests {

  @Test
  void packsShortAsciiWordsIgnoringCaseAndNothingElse() {
    assertThat(PackedWords.of("Police", 0, 6)).isEqualTo(PackedWords.of("POLICE", 0, 6));
    assertThat(PackedWords.of("pc", 0, 2)).isNotEqualTo(PackedWords.of("pcs", 0, 3));
    assertThat(PackedWords.of("a_b", 0, 3))
        .isNotZero()
        .isNotEqualTo(PackedWords.of("a b", 0, 3))
        .isNotEqualTo(PackedWords.of("aab", 0, 3));
    assertThat(PackedWords.of("12345678", 0, 8)).isNotZero();
    assertThat(PackedWords.of("123456789", 0, 9)).isZero(); // too long
    assertThat(PackedWords.of("Zoë", 0, 3)).isZero(); // not ASCII
    assertThat(PackedWords.of("d.o.b", 0, 5)).isZero(); // not one word
    assertThat(PackedWords.of("x", 0, 0)).isZero();
  }

  @Test
  void packingAsTheScannerReadsEqualsPackingTheWhole() {
    for (String word : List.of("a", "Mr", "NHS", "postcode", "ID_42", "9Z")) {
      long unfolded = 0;
      for (char c : word.toCharArray()) {
        unfolded = PackedWords.pack(unfolded, c);
      }
      assertThat(PackedWords.folded(unfolded, word.length()))
          .as(word)
          .isEqualTo(PackedWords.of(word, 0, word.length()));
    }
  }

  @Test
  void tablesFindWhatTheyHold() {
    PackedWords table = new PackedWords(3);
    table.put(PackedWords.of("one", 0, 3), 1);
    table.put(PackedWords.of("two", 0, 3), 2);
    table.put(PackedWords.of("three", 0, 5), 3);
    assertThat(table.get(PackedWords.of("TWO", 0, 3))).isEqualTo(2);
    assertThat(table.get(PackedWords.of("three", 0, 5))).isEqualTo(3);
    assertThat(table.get(PackedWords.of("four", 0, 4))).isZero();
  }

  @Test
  void wordTableFastPathAgreesWithTheHashedPathOnEveryWordOfMixedText() {
    List<String> listed = listedWords();
    WordTable.Builder builder = new WordTable.Builder();
    for (int i = 0; i < listed.size(); i++) {
      builder.clause(listed.get(i), 1L << (i % 64));
    }
    WordTable table = builder.build();
    String text = MixedTextCorpus.generate(200_000, 11) + " " + String.join(" ", listed);
    int found = 0;
    for (int[] word : words(text)) {
      int start = word[0];
      int end = word[1];
      int slow = table.find(text, start, end);
      long packed = PackedWords.of(text, start, end);
      if (packed != 0) {
        assertThat(table.findPacked(packed)).as(text.substring(start, end)).isEqualTo(slow);
      }
      found += slow >= 0 ? 1 : 0;
    }
    assertThat(found).isGreaterThan(listed.size());
  }

  @Test
  void wordSetsAndIndexesAnswerAsBeforeForEveryKindOfWord() {
    WordSet set = WordSet.of("ian", "Sergeant", "Zoë", "api_key", "superintendent");
    WordIndex index =
        WordIndex.builder().put("ian", 1).put("Zoë", 2).put("superintendent", 4).build();
    assertThat(set.contains("IAN")).isTrue();
    assertThat(set.contains("İan")).isTrue(); // 'İ' folds to 'i', as it always did
    assertThat(set.contains("API_KEY")).isTrue();
    assertThat(set.contains("ZOË")).isTrue();
    assertThat(set.contains("Superintendent")).isTrue();
    assertThat(set.contains("sergeants")).isFalse();
    assertThat(index.get("Ian", 0, 3)).isEqualTo(1);
    assertThat(index.get("zoË", 0, 3)).isEqualTo(2);
    assertThat(index.get("SUPERINTENDENT", 0, 14)).isEqualTo(4);
    assertThat(index.get("Iain", 0, 4)).isZero();
  }

  /** Words a detector might list: short and long, in both cases, with digits and underscores. */
  private static List<String> listedWords() {
    Set<String> words = new LinkedHashSet<>();
    String text = MixedTextCorpus.generate(20_000, 5);
    for (int[] word : words(text)) {
      if (words.size() < 400) {
        words.add(text.substring(word[0], word[1]).toLowerCase(Locale.ROOT));
      }
    }
    words.addAll(List.of("a_b", "x9", "zoë", "information", "commissioner"));
    return new ArrayList<>(words);
  }

  /** The scanner's words: runs of word characters. */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Chars.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Chars.isWordChar(text.charAt(i))) {
        i++;
      }
      words.add(new int[] {start, i});
    }
    return words;
  }
}
