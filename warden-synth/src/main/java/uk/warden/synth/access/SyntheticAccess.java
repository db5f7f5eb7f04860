package uk.warden.synth.access;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.register.Classification;
import uk.warden.core.register.DataSystem;
import uk.warden.synth.SyntheticForce;

/**
 * Who can reach the demo force's systems, and who did, deterministic for the force's spec: force
 * accounts linked to the register by pay number ({@code u} + pay number), sixteen role groups with
 * purposeful grants ({@link RoleGroups}), six service accounts, twenty-one supplier engineers, a
 * few direct grants, and {@link AccessPlan#days} days of weekday access events.
 *
 * <p>With {@link AccessPlan#planted} the access holds one or more cases for each access rule, all
 * listed by {@link #planted()}: leavers with live accounts, grants without purpose, expired grants,
 * unused grants, clearances below a system's marking, supplier engineers with lapsed NPPV3 and a
 * bulk look-up (see {@link Plants}, {@link SupplierStaff}, {@link ServiceAccounts}). The force's
 * own planted problems (suppliers, and people whose clearances lapsed or expired in the register)
 * add the rest. Without it, the only access findings are those the register's people make
 * inevitable: people whose clearance lapsed still hold their role's access.
 *
 * <p>Events are never held: {@link #forEachEvent} generates them, in time order, the same on every
 * call, so a benchmark can stream ten million of them.
 */
public final class SyntheticAccess {

  /** The zone the force works in; volumes count days in it. */
  public static final ZoneId ZONE = Clock.ZONE;

  private final Clock clock;
  private final AccessPlan plan;
  private final List<Principal> principals;
  private final List<Membership> memberships;
  private final List<Grant> grants;
  private final List<PlantedAccess> planted;
  private final EventStream events;

  private SyntheticAccess(
      Clock clock,
      AccessPlan plan,
      List<Principal> principals,
      List<Membership> memberships,
      List<Grant> grants,
      List<PlantedAccess> planted,
      EventStream events) {
    this.clock = clock;
    this.plan = plan;
    this.principals = List.copyOf(principals);
    this.memberships = List.copyOf(memberships);
    this.grants = List.copyOf(grants);
    this.planted = List.copyOf(planted);
    this.events = events;
  }

  /** The demo's access: planted, 120 days of events. */
  public static SyntheticAccess generate(SyntheticForce force) {
    return generate(force, AccessPlan.DEMO);
  }

  public static SyntheticAccess generate(SyntheticForce force, AccessPlan plan) {
    Objects.requireNonNull(force, "force");
    Objects.requireNonNull(plan, "plan");
    Clock clock = new Clock(force.spec().asOf());
    long seed = EventStream.mix(force.spec().seed() ^ 0x4143434553534CL);
    List<RoleGroups.Group> groups = RoleGroups.standard();
    Accounts accounts = Accounts.of(force.people(), groups);
    List<PlantedAccess> plants = new ArrayList<>();
    Plants chosen = Plants.choose(accounts, clock, seed, plan.planted(), plants);
    SupplierStaff staff = SupplierStaff.build(force.agreements(), clock, plan.planted(), plants);
    List<ServiceAccounts.Job> jobs = ServiceAccounts.jobs(plan.planted());
    if (plan.planted()) {
      plants.add(
          new PlantedAccess(
              "access-without-purpose",
              "g-" + ServiceAccounts.PLANTED.account() + "-" + ServiceAccounts.PLANTED.system(),
              null,
              "A reporting account set up for a one-off extract can export from the records"
                  + " system, and nobody recorded why."));
    }

    List<Principal> principals = new ArrayList<>(accounts.principals(chosen.enabledLeavers()));
    groups.forEach(g -> principals.add(Principal.group(g.id())));
    principals.addAll(ServiceAccounts.principals(jobs));
    principals.addAll(staff.principals());

    List<Grant> grants = new ArrayList<>();
    List<EventStream.Usage> usages = new ArrayList<>();
    for (RoleGroups.Group group : groups) {
      int[] serving =
          accounts.members(group.id()).stream()
              .filter(i -> !accounts.get(i).leaver())
              .mapToInt(Integer::intValue)
              .toArray();
      if (accounts.members(group.id()).isEmpty()) {
        continue;
      }
      for (RoleGroups.GroupGrant grant : group.grants()) {
        grants.add(
            new Grant(
                "g-" + group.id() + "-" + grant.system(),
                group.id(),
                grant.system(),
                Set.of(),
                grant.type(),
                grant.purpose(),
                "digital-services",
                clock.daysAgo(3 * 365),
                null,
                null));
        usages.add(new EventStream.Usage(grant, serving));
      }
    }
    grants.addAll(chosen.grants());
    grants.addAll(ServiceAccounts.grants(jobs, clock));
    grants.addAll(staff.grants());
    grants.addAll(extraGrants(accounts, force, plan, clock, seed));
    requireKnownSystems(grants, force);

    String[] ids = accounts.all().stream().map(Account::id).toArray(String[]::new);
    EventStream stream =
        new EventStream(ids, usages, staff, jobs, chosen.bulk(), plan, clock, seed);
    return new SyntheticAccess(
        clock, plan, principals, accounts.memberships(), grants, plants, stream);
  }

  /** The same access with more or fewer people using it each day. */
  public SyntheticAccess withActivity(double activity) {
    AccessPlan newPlan = plan.withActivity(activity);
    return new SyntheticAccess(
        clock, newPlan, principals, memberships, grants, planted, events.withPlan(newPlan));
  }

  public AccessPlan plan() {
    return plan;
  }

  /** When findings over this access are evaluated: 18:00 on the force's as-of day. */
  public Instant evaluatedAt() {
    return clock.evaluation();
  }

  public List<Principal> principals() {
    return principals;
  }

  public List<Membership> memberships() {
    return memberships;
  }

  public List<Grant> grants() {
    return grants;
  }

  public AccessDirectory directory() {
    return AccessDirectory.of(principals, memberships, grants);
  }

  /** What was planted, by the standard rule that should find it. */
  public List<PlantedAccess> planted() {
    return planted;
  }

  /** Every event of the window, in time order, generated afresh on each call. */
  public void forEachEvent(Consumer<? super AccessEvent> sink) {
    events.forEach(sink);
  }

  /** Roughly how many events {@link #forEachEvent} gives, computed without generating them. */
  public long expectedEvents() {
    return events.expected();
  }

  /** The events aggregated into daily volumes in the force's zone. */
  public AccessVolumes volumes() {
    AccessVolumes.Builder builder =
        AccessVolumes.builder(ZONE, (int) Math.min(Integer.MAX_VALUE / 2, expectedEvents() / 2));
    forEachEvent(builder);
    return builder.build();
  }

  /**
   * For the benchmark's million grants: each serving account gets direct grants to systems picked
   * by the seed among those not marked SECRET or above, each with a purpose and recent use.
   */
  private static List<Grant> extraGrants(
      Accounts accounts, SyntheticForce force, AccessPlan plan, Clock clock, long seed) {
    if (plan.extraGrantsPerUser() == 0) {
      return List.of();
    }
    List<String> pool = new ArrayList<>();
    for (DataSystem system : force.systems()) {
      if (system.marking().classification() == Classification.OFFICIAL) {
        pool.add(system.code());
      }
    }
    int perUser = Math.min(plan.extraGrantsPerUser(), pool.size());
    List<Grant> extra = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(seed ^ 0x4558545241L);
    for (Account account : accounts.all()) {
      if (account.leaver()) {
        continue;
      }
      Set<String> picked = new HashSet<>();
      while (picked.size() < perUser) {
        String system = pool.get(random.nextInt(pool.size()));
        if (picked.add(system)) {
          extra.add(
              new Grant(
                  "g-" + account.id() + "-x-" + system,
                  account.id(),
                  system,
                  Set.of(),
                  AccessType.READ,
                  "Local access approved by line manager",
                  "digital-services",
                  clock.daysAgo(365),
                  null,
                  clock.daysAgo(1 + random.nextInt(30))));
        }
      }
    }
    return extra;
  }

  private static void requireKnownSystems(List<Grant> grants, SyntheticForce force) {
    Set<String> known = new HashSet<>();
    force.systems().forEach(s -> known.add(s.code()));
    for (Grant grant : grants) {
      if (!known.contains(grant.systemCode())) {
        throw new IllegalStateException(
            "grant " + grant.id() + " names " + grant.systemCode() + ", which the force lacks");
      }
    }
  }

  @Override
  public String toString() {
    return "SyntheticAccess[principals="
        + principals.size()
        + ", grants="
        + grants.size()
        + ", planted="
        + planted.size()
        + "]";
  }
}
