package uk.warden.synth;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.PersonKind;

/**
 * One regular flow of people's data to a party: which system it lands in, where it comes from,
 * under which agreement, how often and how much, and what (if anything) the party attests having
 * destroyed. The history is these flows run month by month.
 *
 * @param key unique among the feeds; seeds the feed's own draws
 * @param kinds the kinds of people the feed carries: the target system's population or a part of it
 * @param coverage who of them the party holds; usually the target system's own coverage
 * @param existing for a share coverage, the part of the covered people whose record already existed
 *     when the feed began; the rest arrive month by month (referrals, cases, bookings)
 * @param applicants joiners arrive a few months before they join, as applicants do
 * @param daysBefore the feed runs this many days before each monthly anniversary of as-of
 * @param openRuns how many monthly runs the feed lasts once started (a survey round is short)
 * @param mirrorOf the key of the feed this one copies onward (a sub-processor's replica)
 * @param mirrorLagDays how long after the original the copy lands
 * @param mirrorOnWorkingDays whether the copy waits for a working day (people, not machines)
 */
record Feed(
    String key,
    String party,
    SystemPlan system,
    @Nullable String fromSystem,
    @Nullable Agreement agreement,
    Set<PersonKind> kinds,
    Set<String> categories,
    TransferMethod method,
    @Nullable String approvedBy,
    Cadence cadence,
    Coverage coverage,
    double existing,
    boolean applicants,
    int daysBefore,
    LocalTime time,
    int openRuns,
    Attestation attestation,
    @Nullable String mirrorOf,
    int mirrorLagDays,
    boolean mirrorOnWorkingDays) {

  /** What each monthly file holds. */
  enum Cadence {
    /** A full load in the first run, then joiners, changes and (where kept) leavers. */
    DELTA,
    /** Everyone in scope every month: the payroll file. */
    FULL_REFRESH,
    /** Only the people who left since the last run. */
    LEAVERS,
    /** A copy of another feed's files, made by the party that received them. */
    MIRROR
  }

  /** What the party attests having destroyed. */
  enum Attestation {
    NONE,
    /** Each file once the next one has been processed. */
    SUPERSEDED_FILES,
    /** Leavers, a few months after they left. */
    LEAVER_ERASURE,
    /** Everything, with a certificate of destruction, once the engagement is over. */
    CLOSING_CERTIFICATE
  }

  Feed {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(system, "system");
    kinds = Set.copyOf(kinds);
    categories = Set.copyOf(categories);
    if (!system.population().kinds().containsAll(kinds)) {
      throw new IllegalArgumentException(key + " carries people outside its system's population");
    }
    if (!system.categories().containsAll(categories)) {
      throw new IllegalArgumentException(key + " carries categories its system does not hold");
    }
    if ((cadence == Cadence.MIRROR) != (mirrorOf != null)) {
      throw new IllegalArgumentException(key + ": a mirror names its original, nothing else does");
    }
  }

  /** Whether the target system keeps people after they leave. */
  boolean keepsLeavers() {
    return system.population().includesLeavers();
  }

  static Builder to(String party, SystemPlan system) {
    return new Builder(party, system);
  }

  /** Defaults to the system's population, categories, coverage and owner as approver. */
  static final class Builder {
    private final String party;
    private final SystemPlan system;
    private String key;
    private @Nullable String fromSystem;
    private @Nullable Agreement agreement;
    private Set<PersonKind> kinds;
    private Set<String> categories;
    private TransferMethod method = TransferMethod.FILE;
    private @Nullable String approvedBy;
    private Cadence cadence = Cadence.DELTA;
    private Coverage coverage;
    private double existing = 1;
    private boolean applicants;
    private int daysBefore = 5;
    private LocalTime time = LocalTime.of(10, 0);
    private int openRuns = RunCalendar.RUNS;
    private Attestation attestation = Attestation.NONE;
    private @Nullable String mirrorOf;
    private int mirrorLagDays;
    private boolean mirrorOnWorkingDays;

    private Builder(String party, SystemPlan system) {
      this.party = party;
      this.system = system;
      this.key = party + "/" + system.code();
      this.kinds = system.population().kinds();
      this.categories = system.categories();
      this.approvedBy = system.owner();
      this.coverage = system.coverage();
    }

    Builder key(String value) {
      key = value;
      return this;
    }

    Builder from(@Nullable String systemCode) {
      fromSystem = systemCode;
      return this;
    }

    Builder under(Agreement value) {
      agreement = value;
      return this;
    }

    Builder kinds(PersonKind... values) {
      kinds = EnumSet.copyOf(List.of(values));
      return this;
    }

    Builder categories(Set<String> values) {
      categories = values;
      return this;
    }

    Builder by(TransferMethod value) {
      method = value;
      return this;
    }

    Builder approvedBy(@Nullable String value) {
      approvedBy = value;
      return this;
    }

    Builder cadence(Cadence value) {
      cadence = value;
      return this;
    }

    Builder coverage(Coverage value) {
      coverage = value;
      return this;
    }

    Builder existing(double share) {
      existing = share;
      return this;
    }

    Builder applicants() {
      applicants = true;
      return this;
    }

    Builder at(int days, int hour, int minute) {
      daysBefore = days;
      time = LocalTime.of(hour, minute);
      return this;
    }

    Builder openFor(int runs) {
      openRuns = runs;
      return this;
    }

    Builder attests(Attestation value) {
      attestation = value;
      return this;
    }

    Builder mirrors(Feed original, int lagDays, boolean onWorkingDays, int hour, int minute) {
      cadence = Cadence.MIRROR;
      mirrorOf = original.key();
      mirrorLagDays = lagDays;
      mirrorOnWorkingDays = onWorkingDays;
      time = LocalTime.of(hour, minute);
      return this;
    }

    Feed build() {
      return new Feed(
          key,
          party,
          system,
          fromSystem,
          agreement,
          kinds,
          categories,
          method,
          approvedBy,
          cadence,
          coverage,
          existing,
          applicants,
          daysBefore,
          time,
          openRuns,
          attestation,
          mirrorOf,
          mirrorLagDays,
          mirrorOnWorkingDays);
    }
  }
}
