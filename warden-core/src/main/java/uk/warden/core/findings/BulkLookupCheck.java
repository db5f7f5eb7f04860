package uk.warden.core.findings;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.access.Principal;
import uk.warden.core.access.PrincipalKind;
import uk.warden.core.access.SystemVolumes;
import uk.warden.core.register.DataSystem;

/**
 * A principal reading far more records in a day than its peers on the same system: the pattern of
 * trawling a database for a neighbour, an ex-partner or a list to sell (the ICO's PNC example,
 * DOMAIN.md §2.2).
 *
 * <p>Peers are every principal-day on the system within the window on which records were read, by
 * principals of the kinds checked (service accounts are left out: a nightly feed is no person's
 * peer). A day is flagged only when three things all hold: its records are at least {@code
 * minRecords}, at least {@code minRatio} times the peers' median day, and at least {@code
 * minRobustZ} robust z-scores above it ({@link PeerSpread}). The ratio speaks to people, the
 * z-score guards against systems where heavy days are normal, and the floor keeps a quiet system's
 * ten-record day from alarming anyone. A system with fewer than {@code minPeers} principals has no
 * peers to compare with and is skipped. One finding per principal and system, with its worst day.
 */
final class BulkLookupCheck implements Check {

  static final String NAME = "bulk-lookup";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        ParamSpec.wholeNumber("windowDays", "days of volumes compared, up to today", 90, 1, 3650),
        ParamSpec.decimal("minRatio", "times the peers' median day", 10.0, 1.0, 1_000_000),
        ParamSpec.decimal("minRobustZ", "robust z-scores above the median", 6.0, 0.0, 1_000_000),
        ParamSpec.wholeNumber("minRecords", "records in the day, at least", 500, 1, 1_000_000_000),
        ParamSpec.wholeNumber("minPeers", "principals on the system, at least", 5, 2, 1_000_000),
        ParamSpec.enumSet(
            "principalKinds",
            "kinds of principal compared",
            PrincipalKind.class,
            EnumSet.of(PrincipalKind.USER, PrincipalKind.SUPPLIER_STAFF)));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    Params params = rule.params();
    long last = input.today().toEpochDay();
    long first = last - params.wholeNumber("windowDays") + 1;
    Set<PrincipalKind> kinds = params.enums("principalKinds");
    BitSet compared = comparedPrincipals(input.volumes(), kinds, input);
    for (String code : input.volumes().systems()) {
      SystemVolumes volumes = input.volumes().system(code);
      long[] values = new long[volumes.cells()];
      int count = 0;
      BitSet peers = new BitSet();
      for (int cell = 0; cell < volumes.cells(); cell++) {
        if (inWindow(volumes, cell, first, last, compared)) {
          values[count++] = volumes.recordsRead(cell);
          peers.set(volumes.principalIndex(cell));
        }
      }
      if (peers.cardinality() < params.wholeNumber("minPeers")) {
        continue;
      }
      PeerSpread spread = PeerSpread.of(values, count);
      flag(rule, input, volumes, spread, peers.cardinality(), first, last, compared, out);
    }
  }

  /** Principals of the kinds checked; those not in the directory count as people. */
  private static BitSet comparedPrincipals(
      AccessVolumes volumes, Set<PrincipalKind> kinds, FindingsInput input) {
    BitSet compared = new BitSet(volumes.principals());
    for (int index = 0; index < volumes.principals(); index++) {
      Principal principal = input.access().principal(volumes.principal(index)).orElse(null);
      if (principal == null || kinds.contains(principal.kind())) {
        compared.set(index);
      }
    }
    return compared;
  }

  private static boolean inWindow(
      SystemVolumes volumes, int cell, long first, long last, BitSet compared) {
    long day = volumes.epochDay(cell);
    return day >= first
        && day <= last
        && volumes.recordsRead(cell) > 0
        && compared.get(volumes.principalIndex(cell));
  }

  private static void flag(
      Rule rule,
      FindingsInput input,
      SystemVolumes volumes,
      PeerSpread spread,
      int peers,
      long first,
      long last,
      BitSet compared,
      FindingCollector out) {
    Params params = rule.params();
    double minRatio = params.decimal("minRatio");
    double minZ = params.decimal("minRobustZ");
    long minRecords = params.wholeNumber("minRecords");
    int cell = 0;
    while (cell < volumes.cells()) {
      // Cells are in principal order: take one principal's run at a time.
      int index = volumes.principalIndex(cell);
      int worst = -1;
      int flaggedDays = 0;
      long flaggedRecords = 0;
      for (; cell < volumes.cells() && volumes.principalIndex(cell) == index; cell++) {
        long records = volumes.recordsRead(cell);
        if (inWindow(volumes, cell, first, last, compared)
            && records >= minRecords
            && spread.ratio(records) >= minRatio
            && spread.robustZ(records) >= minZ) {
          flaggedDays++;
          flaggedRecords += records;
          if (worst < 0 || records > volumes.recordsRead(worst)) {
            worst = cell;
          }
        }
      }
      if (worst >= 0) {
        report(input, volumes, spread, peers, worst, flaggedDays, flaggedRecords, params, out);
      }
    }
  }

  private static void report(
      FindingsInput input,
      SystemVolumes volumes,
      PeerSpread spread,
      int peers,
      int worst,
      int flaggedDays,
      long flaggedRecords,
      Params params,
      FindingCollector out) {
    String principal = volumes.principal(worst);
    long records = volumes.recordsRead(worst);
    LocalDate day = volumes.day(worst);
    String system = input.system(volumes.system()).map(DataSystem::name).orElse(volumes.system());
    Facts facts = Facts.of().add("principal", "Principal", principal);
    input
        .access()
        .principal(principal)
        .ifPresentOrElse(
            p -> {
              facts.add("principalKind", "Kind", p.kind());
              if (p.payNumber() != null) {
                facts.add("payNumber", "Pay number", p.payNumber());
              }
              if (p.partyCode() != null) {
                facts.add("party", "Supplier", p.partyCode());
              }
            },
            () -> facts.add("principalKind", "Kind", "not in the directory"));
    facts
        .add("system", "System", volumes.system())
        .add("peakDay", "Worst day", day)
        .add("peakRecords", "Records read that day", records)
        .add("peerMedian", "Peers' median day", spread.median())
        .add("peerMad", "Peers' median absolute deviation", spread.mad())
        .add("robustZ", "Robust z-score", spread.robustZ(records))
        .add("ratio", "Times the median", spread.ratio(records))
        .add("peers", "Peers (principals)", peers)
        .add("peerDays", "Principal-days compared", spread.values())
        .add("window", "Window", params.wholeNumber("windowDays") + " days to " + input.today())
        .add("flaggedDays", "Days flagged", flaggedDays)
        .add("flaggedRecords", "Records read on flagged days", flaggedRecords)
        .add(
            "statistic",
            "How it was measured",
            "robust z = (records - median) / (1.4826 x MAD) over every day on which a peer read"
                + " records from this system in the window; flagged at "
                + params.wholeNumber("minRecords")
                + "+ records, "
                + Facts.decimal(params.decimal("minRatio"))
                + "x the median and z "
                + Facts.decimal(params.decimal("minRobustZ"))
                + "+");
    out.add(
        Subject.principalOn(principal, volumes.system()),
        principal
            + " read "
            + Facts.count(records)
            + " records from "
            + system
            + " on "
            + day
            + ", "
            + Facts.decimal(spread.ratio(records))
            + " times the median day of its "
            + Facts.count(peers)
            + " peers ("
            + Facts.decimal(spread.median())
            + " records; robust z "
            + Facts.decimal(spread.robustZ(records))
            + ")"
            + (flaggedDays > 1
                ? ", and on " + Facts.plural(flaggedDays - 1, "more day") + " like it."
                : "."),
        facts);
  }
}
