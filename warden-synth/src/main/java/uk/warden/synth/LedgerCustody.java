package uk.warden.synth;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.custody.TransferMethod;

/**
 * The custody events of {@link SyntheticLedger}, over five years.
 *
 * <p>One party, {@code national-0} (a warrant-card bureau serving every force), has the issue's
 * full load: 90% of everyone in one file on the first day, then a delta each month (joiners and
 * changed cards, about 1% of everyone each). Every tenth delta was sent in error and destroyed a
 * week later, so its custody has deletions in it too.
 *
 * <p>Every other transfer goes to one of 19 more national suppliers (a quarter of the transfers;
 * each serves 5–20 neighbouring forces) or about 2,000 local parties (one force each). Their sizes
 * are heavy-tailed (most files are small deltas, a few whole-population refreshes) and scaled so
 * that all transfers together hold the membership total exactly. Refreshes are often deleted once
 * replaced, a few parties leave with an exit certificate, and a tenth of the local agreements have
 * run out of retention.
 */
final class LedgerCustody {

  static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
  static final Duration SPAN = Duration.ofDays(5 * 365);
  static final int FULL_LOAD_PARTY = 0;

  static final int PARTIES = 2_000;
  private static final int NATIONAL = 20;
  private static final double FULL_LOAD_SHARE = 0.9;
  private static final double DELTA_SHARE = 0.01;
  private static final int DELTA_IN_ERROR_EVERY = 10;
  private static final Duration DESTROYED_AFTER = Duration.ofDays(7);
  private static final int MINUTES_PER_DAY = 24 * 60;
  private static final double NATIONAL_SHARE_OF_TRANSFERS = 0.24;
  // National supplier n carries NATIONAL_WEIGHT / n times a local file: about half of all
  // memberships between them, the busiest several million.
  private static final double NATIONAL_WEIGHT = 17.6;
  private static final TransferMethod[] METHODS = TransferMethod.values();
  private static final List<List<String>> FEEDS =
      List.of(
          List.of("user.name", "user.workforce.pay_number", "user.workforce.rank"),
          List.of(
              "user.name",
              "user.workforce.warrant_number",
              "user.biometric.photo",
              "user.workforce.vetting_level",
              "user.workforce.rank"),
          List.of("user.name", "user.financial.bank_account", "user.financial.salary"),
          List.of("user.name", "user.contact.email", "user.workforce.unit"),
          List.of("user.workforce.pay_number", "user.workforce.training_record"),
          List.of("user.name", "user.contact.address", "user.workforce.pension"));
  private static final int CARD_FEED = 1;

  record Generated(List<Transfer> transfers, List<Deletion> deletions, RetentionRules retention) {}

  private final SplittableRandom random;
  private final List<Transfer> transfers;
  private final List<Deletion> deletions = new ArrayList<>();
  private final List<List<Transfer>> byParty = new ArrayList<>(PARTIES);
  private final Map<String, Instant> lapses = new HashMap<>();

  private LedgerCustody(SplittableRandom random, int transfers) {
    this.random = random;
    this.transfers = new ArrayList<>(transfers);
    for (int p = 0; p < PARTIES; p++) {
      byParty.add(new ArrayList<>());
    }
  }

  static Generated generate(
      int people, int transfers, long memberships, int[] forceStart, SplittableRandom random) {
    LedgerCustody custody = new LedgerCustody(random, transfers);
    long fullLoad = custody.fullLoadParty(people);
    int rest = transfers - custody.transfers.size();
    if (rest < 1 || memberships - fullLoad < rest) {
      throw new IllegalArgumentException(
          "the full-load party alone needs more than "
              + transfers
              + " transfers and "
              + memberships
              + " memberships");
    }
    custody.otherParties(rest, memberships - fullLoad, forceStart);
    custody.refreshDeletions();
    return new Generated(custody.transfers, custody.deletions, RetentionRules.of(custody.lapses));
  }

  static String party(int index) {
    return (index < NATIONAL ? "national-" : "local-") + index;
  }

  /** The full load on the first day, then a delta each month; returns the memberships. */
  private long fullLoadParty(int people) {
    List<String> feed = FEEDS.get(CARD_FEED);
    int loaded = (int) Math.round(people * FULL_LOAD_SHARE);
    add(
        FULL_LOAD_PARTY,
        START,
        "platform-0",
        feed,
        PersonSampler.sample(0, people, loaded, random));
    long held = loaded;
    ZonedDateTime first = START.atZone(ZoneOffset.UTC);
    Instant end = START.plus(SPAN);
    for (int month = 1; first.plusMonths(month).toInstant().isBefore(end); month++) {
      Instant at = first.plusMonths(month).plusMinutes(random.nextInt(MINUTES_PER_DAY)).toInstant();
      int size = (int) Math.max(1, Math.round(people * DELTA_SHARE * (0.5 + random.nextDouble())));
      Transfer delta =
          add(
              FULL_LOAD_PARTY,
              at,
              "platform-0",
              feed,
              PersonSampler.sample(0, people, size, random));
      held += size;
      // Fixed rather than drawn, so that every seed's windows meet a deletion.
      if (month % DELTA_IN_ERROR_EVERY == DELTA_IN_ERROR_EVERY - 3) {
        delete(
            FULL_LOAD_PARTY,
            at.plus(DESTROYED_AFTER),
            new DeletionScope.OneTransfer(delta.id()),
            "destruction certificate for a delta sent in error");
      }
    }
    return held;
  }

  private void otherParties(int count, long memberships, int[] forceStart) {
    int forces = forceStart.length - 1;
    int[] from = new int[PARTIES];
    int[] to = new int[PARTIES];
    for (int p = FULL_LOAD_PARTY + 1; p < PARTIES; p++) {
      int first = random.nextInt(forces);
      int served = p < NATIONAL ? 5 + random.nextInt(16) : 1;
      int last = Math.min(forces, first + served);
      from[p] = forceStart[first];
      to[p] = Math.max(forceStart[last], from[p] + 1);
      if (p >= NATIONAL && random.nextDouble() < 0.1) {
        lapses.put(
            agreement(p), START.plus(SPAN.multipliedBy(random.nextInt(40, 95)).dividedBy(100)));
      }
    }
    int[] owner = new int[count];
    double[] weights = new double[count];
    long[] caps = new long[count];
    int national = (int) (count * NATIONAL_SHARE_OF_TRANSFERS);
    for (int t = 0; t < count; t++) {
      int p = t < national ? 1 + t % (NATIONAL - 1) : NATIONAL + random.nextInt(PARTIES - NATIONAL);
      owner[t] = p;
      weights[t] = (p < NATIONAL ? NATIONAL_WEIGHT / p : 1) * Math.exp(random.nextGaussian() * 1.6);
      caps[t] = to[p] - from[p];
    }
    long[] sizes = MembershipSizes.exact(weights, caps, memberships);
    for (int t = 0; t < count; t++) {
      int p = owner[t];
      Instant at = START.plusSeconds((long) (random.nextDouble() * SPAN.getSeconds()));
      List<String> feed = FEEDS.get((p * 7 + (random.nextDouble() < 0.8 ? 0 : 1)) % FEEDS.size());
      PersonSet people = PersonSampler.sample(from[p], to[p], (int) sizes[t], random);
      add(p, at, p < NATIONAL ? "platform-" + (t % 3) : null, feed, people);
    }
  }

  /**
   * Other parties often delete a refresh once the next has arrived (a certificate each); one in
   * fifty left at exit with a certificate for everything.
   */
  private void refreshDeletions() {
    for (int p = FULL_LOAD_PARTY + 1; p < PARTIES; p++) {
      List<Transfer> held = byParty.get(p);
      held.sort(Comparator.comparing(Transfer::at));
      for (int i = 0; i + 1 < held.size(); i++) {
        if (random.nextDouble() < 0.12) {
          delete(
              p,
              held.get(i + 1).at().plus(Duration.ofDays(1)),
              new DeletionScope.OneTransfer(held.get(i).id()),
              "certificate");
        }
      }
      if (!held.isEmpty() && random.nextDouble() < 0.02) {
        Transfer last = held.get(held.size() - 1);
        delete(p, last.at().plus(Duration.ofDays(60)), new DeletionScope.All(), "exit certificate");
      }
    }
  }

  private Transfer add(
      int party, Instant at, @Nullable String toSystem, List<String> feed, PersonSet people) {
    String agreement = lapses.containsKey(agreement(party)) ? agreement(party) : null;
    Transfer transfer =
        new Transfer(
            transfers.size() + 1L,
            at,
            "hr-core",
            party(party),
            toSystem,
            agreement,
            Set.copyOf(feed),
            people,
            METHODS[transfers.size() % METHODS.length],
            null,
            null);
    transfers.add(transfer);
    byParty.get(party).add(transfer);
    return transfer;
  }

  private void delete(int party, Instant at, DeletionScope scope, String evidence) {
    long id = deletions.size() + 1L;
    deletions.add(new Deletion(id, party(party), at, scope, evidence + " " + id));
  }

  private static String agreement(int party) {
    return "dsa-" + party;
  }
}
