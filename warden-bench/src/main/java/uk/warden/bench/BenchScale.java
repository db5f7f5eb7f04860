package uk.warden.bench;

import uk.warden.synth.SyntheticLedger;

/**
 * The ledgers benchmarks run over: the national scale, and a small one of the same shape
 * for the smoke test. Always the same seed, so runs compare.
 */
public enum BenchScale {
  NATIONAL(SyntheticLedger.PEOPLE, SyntheticLedger.TRANSFERS, SyntheticLedger.MEMBERSHIPS),
  SMALL(20_000, 1_000, 200_000);

  public static final long SEED = 2023;

  private final int people;
  private final int transfers;
  private final long memberships;

  BenchScale(int people, int transfers, long memberships) {
    this.people = people;
    this.transfers = transfers;
    this.memberships = memberships;
  }

  public int people() {
    return people;
  }

  public int transfers() {
    return transfers;
  }

  public long memberships() {
    return memberships;
  }

  public SyntheticLedger build() {
    return SyntheticLedger.build(SEED, people, transfers, memberships);
  }

  /** As the report names it: "1M people / 50k transfers / 20M memberships". */
  public String describe() {
    return Figures.compact(people)
        + " people / "
        + Figures.compact(transfers)
        + " transfers / "
        + Figures.compact(memberships)
        + " memberships";
  }
}
