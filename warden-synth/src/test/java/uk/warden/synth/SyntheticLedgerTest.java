package uk.warden.core.breach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark fixture keeps its promised shape; a small scale keeps this quick. */
class SyntheticLedgerTest {

  @Test
  void buildsExactlyTheTransfersAndMembershipsAskedFor() {
    SyntheticLedger synthetic = SyntheticLedger.build(7, 20_000, 1_000, 400_000);

    assertThat(synthetic.ledger().transferCount()).isEqualTo(1_000);
    assertThat(synthetic.ledger().membershipCount()).isEqualTo(400_000);
    assertThat(synthetic.attributes().registered().size()).isEqualTo(20_000);
  }

  @Test
  void itsBenchmarkIncidentHasBothCasesAndTheirAssumptions() {
    SyntheticLedger synthetic = SyntheticLedger.build(7, 20_000, 1_000, 400_000);

    Impact impact =
        ImpactEngine.assess(
            synthetic.worstIncident(),
            synthetic.ledger(),
            synthetic.attributes(),
            RiskMatrix.standard(),
            synthetic.now());

    assertThat(impact.worstCase().exposed().containsAll(impact.bestCase().exposed())).isTrue();
    assertThat(impact.bestCase().exposed().isEmpty()).isFalse();
    assertThat(impact.evidence())
        .filteredOn(evidence -> evidence.kind() == EvidenceKind.ASSUMPTION)
        .hasSize(2);
  }
}
