package uk.warden.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractMarkerTests {

  private final TraceFixture force = new TraceFixture(1000, 1);
  private final ExtractMarker marker = new ExtractMarker(TraceFixture.KEY, CanaryCount.STANDARD);

  @Test
  void keepsEveryRealRowUnchangedAndAddsOnlyCanaries() {
    List<List<String>> rows = force.slice(0, 800);

    MarkedExtract marked = marker.mark("x-1", TraceFixture.COLUMNS, rows, force.inUse());

    assertThat(marked.canaryRows()).hasSize(4);
    List<List<String>> real = TraceFixture.withoutCanaries(marked).subList(1, 801);
    assertThat(real).containsExactlyInAnyOrderElementsOf(rows);
    assertThat(real).isNotEqualTo(rows);
    assertThat(marked.fingerprint().people().size()).isEqualTo(800);
    assertThat(marked.fingerprint().canaries().size()).isEqualTo(4);
  }

  @Test
  void canariesLookRealButAreNobody() {
    List<List<String>> rows = force.slice(0, 300);

    MarkedExtract marked = marker.mark("x-2", TraceFixture.COLUMNS, rows, force.inUse());

    Set<String> ranks = new HashSet<>();
    rows.forEach(row -> ranks.add(row.get(3)));
    for (int c : marked.canaryRows()) {
      List<String> canary = marked.rows().get(c);
      assertThat(canary.get(0)).matches("PN\\d{6}");
      assertThat(force.inUse).doesNotContain(canary.get(0));
      assertThat(ranks).contains(canary.get(3));
      assertThat(canary.get(1)).isNotBlank();
    }
  }

  @Test
  void sameRowsGetTheSameMarksUnderOneIdAndOtherMarksUnderAnother() {
    List<List<String>> rows = force.slice(0, 200);

    MarkedExtract once = marker.mark("x-3", TraceFixture.COLUMNS, rows, force.inUse());
    MarkedExtract again = marker.mark("x-3", TraceFixture.COLUMNS, rows, force.inUse());
    MarkedExtract other = marker.mark("x-4", TraceFixture.COLUMNS, rows, force.inUse());

    assertThat(again.rows()).isEqualTo(once.rows());
    assertThat(other.rows().get(other.canaryRows()[0]))
        .isNotIn(once.rows())
        .doesNotContainSequence(once.rows().get(once.canaryRows()[0]).get(0));
    assertThat(TraceFixture.withoutCanaries(other))
        .isNotEqualTo(TraceFixture.withoutCanaries(once));
  }

  @Test
  void fingerprintSurvivesStorage() {
    ExtractFingerprint fingerprint =
        marker.mark("x-5", TraceFixture.COLUMNS, force.slice(0, 50), force.inUse()).fingerprint();

    assertThat(ExtractFingerprint.fromBytes(fingerprint.toBytes())).isEqualTo(fingerprint);
    assertThatThrownBy(() -> ExtractFingerprint.fromBytes(new byte[] {1, 0, 1, 'x', 0, 0, 0, 9}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an extract fingerprint");
  }

  @Test
  void refusesAnExtractWithNothingToIdentifyPeopleBy() {
    List<List<String>> rows = new ArrayList<>(TraceFixture.columns(force.slice(0, 10), 3, 4));

    assertThatThrownBy(() -> marker.mark("x-6", List.of("rank", "unit"), rows, force.inUse()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column that identifies a person");
  }

  @Test
  void aShortIdentifierWhoseEveryValueIsTakenGrowsADigitRatherThanFailing() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(List.of("PN" + (100000 + i), "Surname" + i, Integer.toString(i)));
    }
    Set<String> inUse = new HashSet<>();
    rows.forEach(r -> inUse.addAll(r));

    MarkedExtract marked =
        marker.mark(
            "x-short", List.of("pay_number", "surname", "collar_number"), rows, inUse::contains);

    for (int c : marked.canaryRows()) {
      String collar = marked.rows().get(c).get(2);
      assertThat(collar).matches("\\d{2,}").isNotIn(inUse);
    }
  }
}
