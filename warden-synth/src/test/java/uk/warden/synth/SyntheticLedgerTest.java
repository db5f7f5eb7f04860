package uk.warden.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.warden.core.breach.EvidenceKind;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.core.custody.PartyCustody;
import uk.warden.core.custody.Transfer;

/** The benchmark fixture keeps its promised shape; a small scale keeps this quick. */
class SyntheticLedgerTest {

  private static final SyntheticLedger SMALL = SyntheticLedger.build(7, 20_000, 1_000, 400_000);

  @Test
  void buildsExactlyTheTransfersAndMembershipsAskedFor() {
    assertThat(SMALL.ledger().transferCount()).isEqualTo(1_000);
    assertThat(SMALL.ledger().membershipCount()).isEqualTo(400_000);
    assertThat(SMALL.attributes().registered().size()).isEqualTo(20_000);
  }

  @Test
  void oneFullLoadOfNinetyPercentThenAMonthlyDeltaWithSomeDestroyed() {
    PartyCustody custody = SMALL.ledger().party(SMALL.fullLoadParty());
    List<Transfer> transfers = custody.transfers();

    assertThat(transfers.get(0).people().size()).isEqualTo(18_000);
    assertThat(transfers).hasSize(60);
    for (int i = 1; i < transfers.size(); i++) {
      assertThat(transfers.get(i).people().size()).isBetween(100, 300);
      assertThat(Duration.between(transfers.get(i - 1).at(), transfers.get(i).at()).toDays())
          .isBetween(27L, 32L);
    }
    assertThat(custody.deletions()).hasSize(6);
  }

  @Test
  void noOtherPartyHasAFullLoad() {
    for (String party : SMALL.ledger().parties()) {
      if (!party.equals(SMALL.fullLoadParty())) {
        assertThat(SMALL.ledger().party(party).transfers())
            .allSatisfy(transfer -> assertThat(transfer.people().size()).isLessThan(18_000));
      }
    }
  }

  @Test
  void itsUnknownWindowIncidentHasBothCasesAndTheirAssumptions() {
    Impact impact = assess(SMALL.unknownWindowIncident());

    assertThat(impact.worstCase().exposed().containsAll(impact.bestCase().exposed())).isTrue();
    assertThat(impact.bestCase().exposed().isEmpty()).isFalse();
    assertThat(impact.evidence())
        .filteredOn(evidence -> evidence.kind() == EvidenceKind.ASSUMPTION)
        .hasSize(2);
  }

  @Test
  void itsKnownWindowIsCutByADeletionAndLaterDeltas() {
    Impact impact = assess(SMALL.knownWindowIncident());

    assertThat(impact.windowKnown()).isTrue();
    assertThat(impact.bestCase().possible().isEmpty()).isFalse();
    assertThat(impact.bestCase().certain().size()).isGreaterThan(18_000 / 2);
  }

  private static Impact assess(Incident incident) {
    return ImpactEngine.assess(
        incident, SMALL.ledger(), SMALL.attributes(), RiskMatrix.standard(), SMALL.now());
  }
}
