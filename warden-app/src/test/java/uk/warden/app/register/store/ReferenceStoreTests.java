package uk.warden.app.register.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.register.Rank;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

/** Ranks and units: the reference data people point at. */
class ReferenceStoreTests {

  @StoreTest
  void listsTheSeededRankTableMostJuniorFirst(TestDatabase db) {
    RankStore ranks = db.withRanks().ranks();

    assertThat(ranks.all()).hasSize(9);
    assertThat(ranks.all().get(0)).isEqualTo(new Rank("PC", "Constable", 1));
    assertThat(ranks.all().get(8)).isEqualTo(new Rank("CC", "Chief Constable", 9));
    assertThat(ranks.all()).extracting(Rank::ordinal).isSorted();
  }

  @StoreTest
  void savingAUnitAddsItThenReplacesItsNameAndFlags(TestDatabase db) {
    UnitStore units = db.units();
    Unit covert = new Unit("ucu", "Undercover Unit", Set.of(SensitivityFlag.COVERT));
    Unit renamed =
        new Unit(
            "ucu",
            "Specialist Operations",
            Set.of(SensitivityFlag.COVERT, SensitivityFlag.COUNTER_TERRORISM));

    units.save(covert);
    assertThat(units.find("ucu")).contains(covert);

    units.save(renamed);
    units.save(new Unit("admin", "Administration", Set.of()));

    assertThat(units.find("ucu")).contains(renamed);
    assertThat(units.all()).extracting(Unit::code).containsExactly("admin", "ucu");
    assertThat(units.find("admin").orElseThrow().sensitive()).isFalse();
    assertThat(db.rows("unit")).isEqualTo(2);
  }

  @StoreTest
  void deletingAUnitRemovesOnlyThatUnit(TestDatabase db) {
    UnitStore units = db.units();
    units.save(new Unit("a", "A", Set.of()));
    units.save(new Unit("b", "B", Set.of()));

    units.delete("a");

    assertThat(units.find("a")).isEmpty();
    assertThat(units.find("b")).isPresent();
  }
}
