package uk.warden.synth.access;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;

/**
 * Force accounts for the people who would have one, and their role groups. Officers, specials,
 * PCSOs and staff have accounts; so do contractors vetted for systems access (NPPV2 full or NPPV3);
 * volunteers and premises-only contractors do not, nor anyone whose vetting is still pending
 * (DOMAIN.md §4.1: no systems access before vetting). A leaver's account is disabled and keeps its
 * groups, as directories do.
 */
final class Accounts {

  private final List<Account> accounts = new ArrayList<>();
  private final Map<String, List<Integer>> membersByGroup = new LinkedHashMap<>();
  private final List<RoleGroups.Group> groups;

  private Accounts(List<RoleGroups.Group> groups) {
    this.groups = groups;
    for (RoleGroups.Group group : groups) {
      membersByGroup.put(group.id(), new ArrayList<>());
    }
  }

  static Accounts of(Iterator<Person> people, List<RoleGroups.Group> groups) {
    Accounts accounts = new Accounts(groups);
    while (people.hasNext()) {
      Person person = people.next();
      if (eligible(person)) {
        accounts.add(person);
      }
    }
    return accounts;
  }

  private void add(Person person) {
    int index = accounts.size();
    accounts.add(new Account(Account.idFor(person), person));
    for (RoleGroups.Group group : groups) {
      if (group.members().test(person)) {
        membersByGroup.get(group.id()).add(index);
      }
    }
  }

  static boolean eligible(Person person) {
    boolean kindHasAccount =
        switch (person.kind()) {
          case OFFICER, SPECIAL, PCSO, STAFF -> true;
          case CONTRACTOR ->
              holds(person, ClearanceLevel.NPPV3) || holds(person, ClearanceLevel.NPPV2F);
          case VOLUNTEER -> false;
        };
    if (!kindHasAccount) {
      return false;
    }
    for (Clearance clearance : person.clearances()) {
      if (clearance.status() != ClearanceStatus.PENDING) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(Person person, ClearanceLevel level) {
    return person.clearances().stream().anyMatch(c -> c.level() == level);
  }

  List<Account> all() {
    return accounts;
  }

  Account get(int index) {
    return accounts.get(index);
  }

  /** Indexes into {@link #all()} of the group's members, in generation order. */
  List<Integer> members(String groupId) {
    return membersByGroup.get(groupId);
  }

  List<Membership> memberships() {
    List<Membership> memberships = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> group : membersByGroup.entrySet()) {
      for (int index : group.getValue()) {
        memberships.add(new Membership(group.getKey(), accounts.get(index).id()));
      }
    }
    return memberships;
  }

  /** Principals: leavers disabled unless {@code keptEnabled} names them. */
  List<Principal> principals(java.util.Set<String> keptEnabled) {
    List<Principal> principals = new ArrayList<>(accounts.size());
    for (Account account : accounts) {
      Principal principal = Principal.user(account.id(), account.person().payNumber());
      principals.add(
          account.leaver() && !keptEnabled.contains(account.id())
              ? principal.disabled()
              : principal);
    }
    return principals;
  }

  static boolean officer(Account account) {
    return account.person().kind() == PersonKind.OFFICER;
  }
}
