package uk.warden.synth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import uk.warden.core.breach.Incident;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.Person;
import uk.warden.core.register.Population;
import uk.warden.core.register.Unit;

/**
 * Wardenshire Constabulary: a seeded, deterministic synthetic police force. The same {@link
 * ForceSpec} always gives the same units, people, parties, systems and agreements, down to every
 * name and date, and nothing depends on the clock: dates are offsets from {@link ForceSpec#asOf}.
 *
 * <p>People are not held in memory: {@link #forEachPerson} and {@link #people} generate them on the
 * fly, each time identically. A first pass over postings alone (kind, rank, unit, flags, status)
 * counts heads so that every system's record count matches the people it will meet.
 *
 * <p>Planted problems, for Warden to find (see {@link #plantedProblems}):
 *
 * <ul>
 *   <li><b>categories-outside-agreement</b>, {@code id-card-maker}: Kestrel Identity Cards holds
 *       {@code user.workforce.vetting_level} next to names, ranks, photos and pay numbers of the
 *       whole serving workforce, which its agreement does not permit (the 2023 Digital ID breach);
 *   <li><b>sub-processor-not-approved</b>, {@code id-print-bureau}: Kestrel's print bureau was
 *       never approved, yet holds every card holder's print file;
 *   <li><b>categories-outside-agreement</b>, {@code training-provider}: the learning platform holds
 *       {@code user.health_and_medical} (fitness tests, medical declarations) without permission;
 *   <li><b>agreement-expired</b>, {@code recruitment-platform}: the contract ended four months
 *       before the as-of day, but the recruitment portal is still hosted there;
 *   <li><b>cyber-essentials-lapsed</b>, {@code fleet-management}: Cyber Essentials Plus expired 47
 *       days before the as-of day, with drivers' licences and vehicle locations still held;
 *   <li><b>no-breach-notification-clause</b>, {@code travel-agency}: no breach-notification hours
 *       in a contract covering passport numbers and protection deployments;
 *   <li><b>leaver-clearance-not-withdrawn</b>, people: about 4% of leavers still hold the
 *       clearances that should have ended when they left;
 *   <li><b>clearance-expired-but-active</b>, people: about 1.5% of clearances are past expiry but
 *       still recorded as active.
 * </ul>
 *
 * <p>Nothing else is wrong on purpose: every other agreement is in force, every other supplier's
 * Cyber Essentials Plus is current, and every other system holds only what its agreements permit.
 *
 * <p>{@link #custody} adds three years of transfers and deletions that tell the stories behind
 * these problems, and {@link #breachScenario} the card maker's breach to scope against them; see
 * {@link SyntheticCustody}.
 */
public final class SyntheticForce {

  /** A deliberate flaw in the generated force, for tests and the README to point at. */
  public record PlantedProblem(String kind, String subject, String description) {

    public static final String CATEGORIES_OUTSIDE_AGREEMENT = "categories-outside-agreement";
    public static final String SUB_PROCESSOR_NOT_APPROVED = "sub-processor-not-approved";
    public static final String AGREEMENT_EXPIRED = "agreement-expired";
    public static final String CYBER_ESSENTIALS_LAPSED = "cyber-essentials-lapsed";
    public static final String NO_BREACH_NOTIFICATION_CLAUSE = "no-breach-notification-clause";
    public static final String LEAVER_CLEARANCE_NOT_WITHDRAWN = "leaver-clearance-not-withdrawn";
    public static final String CLEARANCE_EXPIRED_BUT_ACTIVE = "clearance-expired-but-active";

    /** The subject of problems that lie in the people rather than in one party. */
    public static final String PEOPLE = "people";

    public PlantedProblem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(description, "description");
    }
  }

  public static final String FORCE_NAME = "Wardenshire Constabulary";

  private final ForceSpec spec;
  private final UnitCatalogue units;
  private final PostingPlanner postings;
  private final Census census;
  private final NamePools names;
  private final ServiceNumbers numbers;
  private final CollarNumbers collars;
  private final ClearancePlanner clearances;
  private final SupplierCatalogue suppliers;
  private final List<DataSystem> systems;

  private SyntheticForce(ForceSpec spec) {
    this.spec = spec;
    this.units = UnitCatalogue.standard();
    this.postings = new PostingPlanner(units, spec);
    this.census = Census.take(spec, units, postings);
    this.names = NamePools.build(spec.seed());
    this.numbers = new ServiceNumbers(spec);
    this.collars = new CollarNumbers(units, census);
    this.clearances = new ClearancePlanner(units);
    this.suppliers = SupplierCatalogue.build(spec.asOf());
    this.systems =
        suppliers.systems().stream().map(plan -> plan.toSystem(census, spec.people())).toList();
  }

  public static SyntheticForce generate(ForceSpec spec) {
    return new SyntheticForce(Objects.requireNonNull(spec, "spec"));
  }

  public ForceSpec spec() {
    return spec;
  }

  public String forceName() {
    return FORCE_NAME;
  }

  public List<Unit> units() {
    return units.units();
  }

  public List<Party> parties() {
    return suppliers.parties();
  }

  public List<DataSystem> systems() {
    return systems;
  }

  public List<Agreement> agreements() {
    return suppliers.agreements();
  }

  public List<PlantedProblem> plantedProblems() {
    List<PlantedProblem> all = new ArrayList<>(suppliers.planted());
    all.add(
        new PlantedProblem(
            PlantedProblem.LEAVER_CLEARANCE_NOT_WITHDRAWN,
            PlantedProblem.PEOPLE,
            "About 4% of leavers still hold active clearances that should have been withdrawn"
                + " when they left."));
    all.add(
        new PlantedProblem(
            PlantedProblem.CLEARANCE_EXPIRED_BUT_ACTIVE,
            PlantedProblem.PEOPLE,
            "About 1.5% of clearances are past their expiry date but still recorded as active."));
    return List.copyOf(all);
  }

  /** How many of the generated people the population rule covers, without generating them. */
  public long headcount(Population population) {
    return census.inPopulation(population);
  }

  /**
   * Generates every person, in the same order and with the same content on every call. Each
   * person's id is null: the store assigns ids.
   */
  public void forEachPerson(Consumer<? super Person> sink) {
    Iterator<Person> people = people();
    while (people.hasNext()) {
      sink.accept(people.next());
    }
  }

  /** A fresh pass over the people; see {@link #forEachPerson}. */
  public Iterator<Person> people() {
    PersonFactory factory = new PersonFactory(spec, units, names, numbers, collars, clearances);
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < spec.people();
      }

      @Override
      public Person next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int index = next++;
        SplittableRandom rng = Seeds.forPerson(spec.seed(), index);
        return factory.build(index, postings.plan(index, rng), rng);
      }
    };
  }

  /**
   * Three years of monthly transfers to every party holding the force's data, and the deletions
   * they attested, ending on the as-of day; person {@code i} in generation order is {@code firstId
   * + i}, as the store numbers them. See {@link SyntheticCustody} for the stories.
   */
  public CustodyHistory custody(int firstId) {
    return SyntheticCustody.history(this, firstId);
  }

  /** Ransomware at the ID card maker, start and end unknown; see {@link SyntheticCustody}. */
  public Incident breachScenario(Instant awareAt) {
    return SyntheticCustody.breachScenario(spec, awareAt);
  }

  List<SystemPlan> systemPlans() {
    return suppliers.systems();
  }
}
