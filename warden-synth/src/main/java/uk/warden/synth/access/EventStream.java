package uk.warden.synth.access;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;

/**
 * Generates the access events, day by day in time order, the same on every pass: each weekday of
 * the window draws its own random stream from the seed and the day. On a weekday a share of each
 * group's serving members use each of the group's systems (at least one member, so every group
 * grant is in use), supplier engineers log in to their systems, service accounts run their jobs,
 * and the planted bulk reader has its days. Events run 07:00 to 17:00 UTC.
 */
final class EventStream {

  /** A group grant with the serving members who may use it (indexes into the account ids). */
  record Usage(RoleGroups.GroupGrant grant, int[] members) {}

  /** Time, then id (ids are unique, so the order is total and every pass the same). */
  private static final Comparator<AccessEvent> BY_TIME =
      (a, b) -> {
        int order = a.at().compareTo(b.at());
        return order != 0
            ? order
            : String.valueOf(a.eventId()).compareTo(String.valueOf(b.eventId()));
      };

  private final String[] accountIds;
  private final List<Usage> usages;
  private final SupplierStaff staff;
  private final List<ServiceAccounts.Job> jobs;
  private final List<Plants.BulkDay> bulk;
  private final AccessPlan plan;
  private final Clock clock;
  private final long seed;

  EventStream(
      String[] accountIds,
      List<Usage> usages,
      SupplierStaff staff,
      List<ServiceAccounts.Job> jobs,
      List<Plants.BulkDay> bulk,
      AccessPlan plan,
      Clock clock,
      long seed) {
    this.accountIds = accountIds;
    this.usages = usages;
    this.staff = staff;
    this.jobs = jobs;
    this.bulk = bulk;
    this.plan = plan;
    this.clock = clock;
    this.seed = seed;
  }

  EventStream withPlan(AccessPlan newPlan) {
    return new EventStream(accountIds, usages, staff, jobs, bulk, newPlan, clock, seed);
  }

  void forEach(Consumer<? super AccessEvent> sink) {
    // Each pass shuffles its own copies, so passes are identical.
    List<int[]> members = new ArrayList<>();
    for (Usage usage : usages) {
      members.add(usage.members().clone());
    }
    for (LocalDate day = clock.asOf().minusDays(plan.days() - 1L);
        !day.isAfter(clock.asOf());
        day = day.plusDays(1)) {
      if (day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0) {
        continue;
      }
      Day today = new Day(day, new SplittableRandom(mix(seed ^ day.toEpochDay())));
      for (int u = 0; u < usages.size(); u++) {
        groupUse(today, usages.get(u).grant(), members.get(u));
      }
      supplierUse(today);
      jobs(today);
      for (Plants.BulkDay trawl : bulk) {
        if (trawl.day().equals(day)) {
          for (int i = 0; i < trawl.events(); i++) {
            today.add(
                trawl.principal(),
                trawl.system(),
                Operation.CONSULT,
                trawl.recordsPerEvent(),
                null,
                "enquiry");
          }
        }
      }
      today.events.sort(BY_TIME);
      today.events.forEach(sink);
    }
  }

  /** Expected events over the window at the plan's activity, without generating them. */
  long expected() {
    long weekdays = 0;
    for (LocalDate day = clock.asOf().minusDays(plan.days() - 1L);
        !day.isAfter(clock.asOf());
        day = day.plusDays(1)) {
      weekdays += day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0 ? 0 : 1;
    }
    double perDay = jobs.size() + 2.0 * staff.staffByParty().size();
    for (Usage usage : usages) {
      perDay +=
          active(usage.grant(), usage.members().length) * usage.grant().intensity().meanEvents();
    }
    return Math.round(perDay * weekdays);
  }

  private int active(RoleGroups.GroupGrant grant, int members) {
    if (members == 0) {
      return 0;
    }
    long k = Math.round(members * grant.dailyShare() * plan.activity());
    return (int) Math.max(1, Math.min(members, k));
  }

  private void groupUse(Day today, RoleGroups.GroupGrant grant, int[] members) {
    SplittableRandom random = today.random;
    int k = active(grant, members.length);
    for (int i = 0; i < k; i++) {
      // A partial Fisher-Yates shuffle: k distinct members without a set.
      int j = i + random.nextInt(members.length - i);
      int chosen = members[j];
      members[j] = members[i];
      members[i] = chosen;
      String principal = accountIds[chosen];
      int events = grant.intensity().events(random);
      for (int e = 0; e < events; e++) {
        Operation op = operation(grant.type(), random);
        today.add(
            principal,
            grant.system(),
            op,
            grant.intensity().records(random),
            op == Operation.DISCLOSE ? "cps" : null,
            justification(grant.system(), random));
      }
    }
  }

  private void supplierUse(Day today) {
    for (Map.Entry<String, List<String>> team : staff.staffByParty().entrySet()) {
      List<String> engineers = team.getValue();
      String engineer = engineers.get(today.random.nextInt(engineers.size()));
      List<String> systems = staff.systemsOf(engineer);
      String system = systems.get(today.random.nextInt(systems.size()));
      int events = 1 + today.random.nextInt(3);
      for (int e = 0; e < events; e++) {
        Operation op = today.random.nextBoolean() ? Operation.CONSULT : Operation.ALTER;
        today.add(engineer, system, op, 1 + today.random.nextInt(5), null, null);
      }
    }
  }

  private void jobs(Day today) {
    for (ServiceAccounts.Job job : jobs) {
      today.add(
          job.account(),
          job.system(),
          job.op(),
          100 + today.random.nextInt(1900),
          job.op() == Operation.DISCLOSE ? "payroll-bureau" : null,
          null);
    }
  }

  private static Operation operation(AccessType type, SplittableRandom random) {
    return switch (type) {
      case READ -> Operation.CONSULT;
      case EXPORT -> random.nextInt(10) == 0 ? Operation.DISCLOSE : Operation.CONSULT;
      case ADMINISTER -> random.nextInt(10) < 3 ? Operation.ALTER : Operation.CONSULT;
    };
  }

  private static @Nullable String justification(String system, SplittableRandom random) {
    if (!system.equals("records-management") && !system.equals("intelligence-system")) {
      return null;
    }
    // By hand: String.format costs more than the rest of an event's generation together.
    String number = Integer.toString(1_000_000 + random.nextInt(1_000_000)).substring(1);
    return "occurrence " + (2020 + random.nextInt(6)) + "/" + number;
  }

  /** SplitMix64's finaliser: nearby days get unrelated streams. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** One weekday's events as they are drawn. */
  private static final class Day {
    private final LocalDate day;
    private final SplittableRandom random;
    private final List<AccessEvent> events = new ArrayList<>();
    private final String prefix;
    private final long start;

    Day(LocalDate day, SplittableRandom random) {
      this.day = day;
      this.random = random;
      this.prefix = "ev-" + day.toString().replace("-", "") + "-";
      this.start = day.atTime(7, 0).toEpochSecond(ZoneOffset.UTC);
    }

    void add(
        String principal,
        String system,
        Operation op,
        long records,
        @Nullable String recipient,
        @Nullable String justification) {
      Instant at =
          Instant.ofEpochSecond(start + random.nextInt(36_000), random.nextInt(1000) * 1_000_000L);
      events.add(
          new AccessEvent(
              prefix + events.size(),
              at,
              principal,
              system,
              op,
              records,
              recipient == null ? List.of() : List.of(recipient),
              justification,
              op == Operation.DISCLOSE ? Channel.EXPORT : Channel.SCREEN));
    }

    @Override
    public String toString() {
      return "Day[" + day + ", " + events.size() + " events]";
    }
  }
}
