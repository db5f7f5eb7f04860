package uk.warden.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Person;
import uk.warden.core.register.RankTable;
import uk.warden.core.register.Unit;
import uk.warden.core.register.ascode.RegisterSpec;

/**
 * What a store needs to hold the ledger: its register names everything the transfers name, keeps
 * the retention lapses to the nearest midnight, and its people give back the ledger's columns.
 */
class LedgerRegisterTest {

  private static final SyntheticLedger SMALL = SyntheticLedger.build(7, 20_000, 1_000, 400_000);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 29);

  @Test
  void theRegisterNamesEveryPartySystemAndAgreementTheTransfersName() {
    RegisterSpec register = SMALL.register(AS_OF, LONDON);
    Set<String> parties = codes(register.parties(), p -> p.code());
    Set<String> systems = codes(register.systems(), s -> s.code());
    Map<String, Agreement> agreements =
        register.agreements().stream().collect(Collectors.toMap(Agreement::code, a -> a));

    assertThat(parties).containsExactlyInAnyOrderElementsOf(SMALL.ledger().parties());
    for (Transfer transfer : SMALL.transfers()) {
      assertThat(systems).contains(transfer.fromSystem());
      if (transfer.toSystem() != null) {
        assertThat(systems).contains(transfer.toSystem());
      }
      if (transfer.agreement() != null) {
        Agreement agreement = agreements.get(transfer.agreement());
        assertThat(agreement.partyCode()).isEqualTo(transfer.toParty());
        assertThat(agreement.permittedCategories()).containsAll(transfer.categories());
      }
    }
    assertThat(agreements).isNotEmpty();
  }

  @Test
  void agreementsLapseAtTheMidnightNearestTheLedgersLapse() {
    RegisterSpec register = SMALL.register(AS_OF, LONDON);
    RetentionRules stored = RetentionRules.fromAgreements(register.agreements(), LONDON);

    for (Agreement agreement : register.agreements()) {
      Instant ledgers = SMALL.retention().lapseOf(agreement.code());
      Instant ours = stored.lapseOf(agreement.code());
      assertThat(ours.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
      assertThat(Duration.between(ledgers, ours).abs()).isLessThanOrEqualTo(Duration.ofHours(13));
    }
  }

  @Test
  void thePeopleGiveBackTheLedgersAttributesWithTheirIndexesAsIds() {
    RegisterSpec register = SMALL.register(AS_OF, LONDON);
    List<Person> people = new ArrayList<>();
    SMALL.forEachPerson(AS_OF, people::add);
    PersonAttributes expected = SMALL.attributes();

    PersonAttributes loaded = PersonAttributes.of(people, register.units(), AS_OF);

    assertThat(people).hasSize(expected.registered().size());
    assertThat(loaded.bound()).isEqualTo(expected.bound());
    for (int id = 0; id < expected.bound(); id++) {
      assertThat(loaded.kind(id)).isEqualTo(expected.kind(id));
      assertThat(loaded.status(id)).isEqualTo(expected.status(id));
      assertThat(loaded.rankOrGrade(id)).isEqualTo(expected.rankOrGrade(id));
      assertThat(loaded.unit(id)).isEqualTo(expected.unit(id));
      assertThat(loaded.highestClearance(id)).isEqualTo(expected.highestClearance(id));
      assertThat(loaded.clearances(id)).isEqualTo(expected.clearances(id));
      assertThat(loaded.flags(id)).isEqualTo(expected.flags(id));
    }
    assertThat(codes(people, Person::payNumber)).hasSize(people.size());
    assertThat(codes(register.units(), Unit::code)).containsAll(codes(people, p -> p.unitCode()));
    Set<String> ranks = codes(RankTable.load("england-wales").ranks(), rank -> rank.code());
    assertThat(ranks).containsAll(codes(people, p -> p.rankCode() == null ? "PC" : p.rankCode()));
  }

  @Test
  void theSameSeedAndDayGiveTheSamePeople() {
    List<Person> first = new ArrayList<>();
    List<Person> second = new ArrayList<>();
    SMALL.forEachPerson(AS_OF, first::add);
    SyntheticLedger.build(7, 20_000, 1_000, 400_000).forEachPerson(AS_OF, second::add);

    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i += 997) {
      assertThat(second.get(i).payNumber()).isEqualTo(first.get(i).payNumber());
      assertThat(second.get(i).surname()).isEqualTo(first.get(i).surname());
      assertThat(second.get(i).clearances()).isEqualTo(first.get(i).clearances());
    }
  }

  private static <T> Set<String> codes(List<T> items, Function<T, String> code) {
    Set<String> codes = new HashSet<>();
    items.forEach(item -> codes.add(code.apply(item)));
    return codes;
  }
}
