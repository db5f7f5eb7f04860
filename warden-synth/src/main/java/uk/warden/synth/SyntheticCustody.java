package uk.warden.synth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.warden.core.breach.Incident;
import uk.warden.synth.Attestations.Draft;
import uk.warden.synth.FeedRunner.Delivery;
import uk.warden.synth.FeedRunner.Result;

/**
 * Three years of custody for {@link SyntheticForce}: every month's files to every party that holds
 * the force's data, and the deletions the parties attested, ending on the as-of day. Like the
 * force, the history is a pure function of the {@link ForceSpec}: no clock, no randomness beyond
 * the seed, times in UTC on working days and in working hours (machine replicas run at night).
 *
 * <p>People's lives shape every file: about one in eleven people joined during the three years
 * (joining is drawn from the seed, since a person has no start date), about one in a hundred
 * changes post, rank or card each month, and a system that keeps only serving people is never sent
 * anyone on or after the day they left. Each feed starts with a full load (at the start of the
 * history, or when its agreement began) and then sends monthly deltas; nothing is sent under an
 * agreement before it began or after it ended.
 *
 * <p>The stories, party by party:
 *
 * <ul>
 *   <li>{@code id-card-maker}, Kestrel Identity Cards: the pass office's monthly card file
 *       (joiners, re-issued cards), vetting level included although the agreement never permitted
 *       it. Nobody ever told Kestrel to delete a leaver's record and it attests nothing, so on the
 *       as-of day it holds everyone carded in three years, leavers too: the 2023 Digital ID story.
 *       {@link #breachScenario} breaches it.
 *   <li>{@code id-print-bureau}, Ferrous Print Bureau: Kestrel's onward copy of every card file the
 *       next working day, with no approver recorded because the force never approved it; it never
 *       deletes either.
 *   <li>{@code payroll-bureau}, Ledgerline: the whole paid workforce every month (officers, PCSOs
 *       and staff, leavers in their last month), and a deletion of each superseded file three
 *       working days after the next arrives: on the as-of day it holds one month's file, not 36.
 *   <li>{@code training-provider}, Bluelamp Learning: a full load when it took over two years ago,
 *       then monthly joiners and changes, health data included (a planted problem); it erases
 *       leavers a quarter after they leave, so it holds only recent leavers.
 *   <li>{@code staff-survey}, Pulsecheck: one survey round (the sample and two months of late
 *       joiners), then a certificate of destruction for everything it held: the clean exit, with
 *       nothing held on the as-of day.
 *   <li>{@code recruitment-platform}, Talentgate: applicants type into the portal (no force system
 *       sends anything), joiners a quarter before they start; nothing after the contract ended, and
 *       no deletion ever attested, so everything is still held and becomes overdue when the
 *       agreement's retention runs out.
 *   <li>{@code hr-erp-cloud}, Oakline: the HR master record keyed by HR through the portal, leavers
 *       kept; {@code erp-cloud-host}, Greystone, takes a nightly replica of each change.
 *   <li>{@code pensions-administrator}, Harrowgate: officers' scheme throughout, staff and PCSO
 *       scheme since it took that over two years ago, deferred members included; nothing deleted.
 *   <li>{@code professional-standards} (internal): the monthly leavers list from HR, checked
 *       against open misconduct matters.
 *   <li>{@code occupational-health}, {@code employee-assistance}, {@code legal-services}, {@code
 *       travel-agency}: the cases, referrals and bookings already on file when each contract began,
 *       then a few new people a month.
 *   <li>{@code vetting-service}, {@code rostering-supplier}, {@code productivity-cloud}, {@code
 *       fleet-management}, {@code firearms-licensing-supplier}: joiners, changes and, where the
 *       system keeps them, leavers, month by month.
 *   <li>{@code bwv-storage}, Evidently: every camera wearer, leavers' footage included, migrated
 *       when the contract began; {@code bwv-cloud-host} takes the nightly offsite copy.
 * </ul>
 *
 * <p>The five deletion stories give the ledger all three deletion scopes: one transfer (payroll),
 * people (training) and everything (survey), and two parties that attest nothing (Kestrel, and
 * Talentgate after its contract ended).
 */
public final class SyntheticCustody {

  /** The party the breach scenario compromises. */
  public static final String BREACHED_PARTY = SupplierCatalogue.ID_CARD_MAKER;

  private SyntheticCustody() {}

  /**
   * The custody history of {@code force}, with people numbered as the store numbers them: the
   * person generated at index {@code i} is {@code firstId + i} (1 for the first person in an empty
   * store).
   */
  public static CustodyHistory history(SyntheticForce force, int firstId) {
    Objects.requireNonNull(force, "force");
    int people = force.spec().people();
    if (firstId < 0 || (long) firstId + people - 1 > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "person ids from " + firstId + " do not fit " + people + " people");
    }
    long seed = force.spec().seed();
    RunCalendar calendar = new RunCalendar(force.spec().asOf());
    Careers careers = Careers.of(force, calendar);
    FeedRunner runner = new FeedRunner(careers, calendar, firstId, seed);
    Attestations attestations = new Attestations(careers, calendar, firstId, seed);

    Map<String, Result> results = new HashMap<>();
    List<Delivery> files = new ArrayList<>();
    List<Draft> deletions = new ArrayList<>();
    for (Feed feed : CustodyFeeds.of(force)) {
      String original = feed.mirrorOf();
      Result result =
          original == null ? runner.run(feed) : runner.mirror(feed, results.get(original));
      results.put(feed.key(), result);
      files.addAll(result.deliveries());
      deletions.addAll(attestations.plan(result));
    }
    return HistoryAssembler.assemble(files, deletions, seed);
  }

  /**
   * "Kestrel Identity Cards breached, start unknown": ransomware at the card maker, which found it
   * some hours before telling the force at {@code awareAt}. Neither end of the exposure window is
   * known, so the worst case runs from Kestrel's first file up to now, and the best case only from
   * its last file before the breach was found until it was found. Because Kestrel never deleted
   * anything, even the best case is everyone it had been sent by then, leavers included; the worst
   * case adds whatever the pass office sent it afterwards, and is sure of far fewer people. The id
   * is numbered in the as-of year, not the clock's.
   */
  public static Incident breachScenario(ForceSpec spec, Instant awareAt) {
    return KestrelBreach.scenario(
        Objects.requireNonNull(spec, "spec"), Objects.requireNonNull(awareAt, "awareAt"));
  }
}
