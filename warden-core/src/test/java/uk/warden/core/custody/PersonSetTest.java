package uk.warden.core.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class PersonSetTest {

  @Test
  void roundTripsThroughBytesForStorage() {
    PersonSet people = PersonSet.range(0, 100_000).or(PersonSet.of(500_000, 900_001));

    PersonSet read = PersonSet.fromBytes(people.toBytes());

    assertThat(read).isEqualTo(people);
    assertThat(read.size()).isEqualTo(100_002);
  }

  @Test
  void refusesBytesThatAreNotAPersonSet() {
    assertThatThrownBy(() -> PersonSet.fromBytes(new byte[] {1, 2, 3, 4, 5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a serialised person set");
  }

  @Test
  void refusesNegativeIndexes() {
    assertThatThrownBy(() -> PersonSet.of(3, -1)).isInstanceOf(IllegalArgumentException.class);
    RoaringBitmap negative = RoaringBitmap.bitmapOf(-5);
    assertThatThrownBy(() -> PersonSet.copyOf(negative))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cannotBeChangedThroughTheBitmapItWasCopiedFrom() {
    RoaringBitmap source = RoaringBitmap.bitmapOf(1, 2);
    PersonSet people = PersonSet.copyOf(source);

    source.add(3);
    people.toBitmap().add(4);

    assertThat(people.toArray()).containsExactly(1, 2);
  }

  @Test
  void combinesAsSets() {
    PersonSet a = PersonSet.of(1, 2, 3);
    PersonSet b = PersonSet.of(3, 4);

    assertThat(a.or(b).toArray()).containsExactly(1, 2, 3, 4);
    assertThat(a.and(b).toArray()).containsExactly(3);
    assertThat(a.andNot(b).toArray()).containsExactly(1, 2);
    assertThat(a.andCardinality(b)).isEqualTo(1);
    assertThat(a.andNotCardinality(b)).isEqualTo(2);
    assertThat(PersonSet.union(List.of(a, b, PersonSet.of(9))).size()).isEqualTo(5);
    assertThat(PersonSet.intersection(List.of(a, b)).toArray()).containsExactly(3);
    assertThat(a.containsAll(PersonSet.of(1, 3))).isTrue();
    assertThat(a.containsAll(b)).isFalse();
  }

  @Test
  void printsACountNeverTheIndexes() {
    assertThat(PersonSet.of(12345, 67890)).hasToString("PersonSet[2 people]");
  }

  @Test
  void builderIsSpentOnceBuilt() {
    PersonSet.Builder builder = PersonSet.builder().add(1).addAll(PersonSet.of(2, 3));

    assertThat(builder.build().size()).isEqualTo(3);
    assertThatThrownBy(() -> builder.add(4)).isInstanceOf(IllegalStateException.class);
  }
}
