package uk.warden.core.access;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Principals, group membership and grants as one immutable, indexed snapshot: what the directory
 * (LDAP, the store) says on the day findings are evaluated.
 *
 * <p>A principal's effective grants are its own plus those of every group it belongs to, through
 * nested groups; cycles in the group graph are tolerated (they add nothing). Every membership and
 * grant must name principals in the snapshot, so a dangling reference is caught when the snapshot
 * is built rather than silently ignored by a rule.
 */
public final class AccessDirectory {

  private static final AccessDirectory EMPTY = of(List.of(), List.of(), List.of());

  private final Map<String, Principal> principals;
  private final List<Grant> grants;
  private final Map<String, List<Grant>> grantsByHolder;
  private final Map<String, List<String>> groupsByMember;
  private final Map<String, List<String>> membersByGroup;
  // Group closures are asked for once per member: computed once per group, as the snapshot is
  // immutable.
  private final Map<String, Set<String>> ancestorsOfGroup = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> membersOfGroup = new ConcurrentHashMap<>();

  private AccessDirectory(
      Map<String, Principal> principals,
      List<Grant> grants,
      Map<String, List<Grant>> grantsByHolder,
      Map<String, List<String>> groupsByMember,
      Map<String, List<String>> membersByGroup) {
    this.principals = principals;
    this.grants = grants;
    this.grantsByHolder = grantsByHolder;
    this.groupsByMember = groupsByMember;
    this.membersByGroup = membersByGroup;
  }

  public static AccessDirectory empty() {
    return EMPTY;
  }

  /**
   * Indexes a directory. Refuses duplicate principal or grant ids, memberships of something that is
   * not a group, and references to principals that are not in {@code principals}.
   */
  public static AccessDirectory of(
      Collection<Principal> principals,
      Collection<Membership> memberships,
      Collection<Grant> grants) {
    Map<String, Principal> byId = new LinkedHashMap<>();
    for (Principal principal : principals) {
      if (byId.put(principal.id(), principal) != null) {
        throw new IllegalArgumentException("a principal id appears twice in the directory");
      }
    }
    Map<String, List<String>> groupsByMember = new HashMap<>();
    Map<String, List<String>> membersByGroup = new HashMap<>();
    for (Membership membership : memberships) {
      Principal group = byId.get(membership.groupId());
      if (group == null || group.kind() != PrincipalKind.GROUP) {
        throw new IllegalArgumentException(
            "membership of " + membership.groupId() + ": no such group in the directory");
      }
      if (!byId.containsKey(membership.memberId())) {
        throw new IllegalArgumentException(
            "membership of " + membership.groupId() + " names a member not in the directory");
      }
      groupsByMember
          .computeIfAbsent(membership.memberId(), k -> new ArrayList<>(2))
          .add(membership.groupId());
      membersByGroup
          .computeIfAbsent(membership.groupId(), k -> new ArrayList<>())
          .add(membership.memberId());
    }
    Map<String, List<Grant>> grantsByHolder = new HashMap<>();
    Set<String> grantIds = new HashSet<>();
    for (Grant grant : grants) {
      if (!grantIds.add(grant.id())) {
        throw new IllegalArgumentException("grant " + grant.id() + " appears twice");
      }
      if (!byId.containsKey(grant.holderId())) {
        throw new IllegalArgumentException(
            "grant " + grant.id() + " names a holder that is not in the directory");
      }
      grantsByHolder.computeIfAbsent(grant.holderId(), k -> new ArrayList<>(2)).add(grant);
    }
    return new AccessDirectory(
        Collections.unmodifiableMap(byId),
        List.copyOf(grants),
        grantsByHolder,
        groupsByMember,
        membersByGroup);
  }

  public Optional<Principal> principal(String id) {
    return Optional.ofNullable(principals.get(id));
  }

  /** In the order given to {@link #of}. */
  public Collection<Principal> principals() {
    return principals.values();
  }

  public List<Grant> grants() {
    return grants;
  }

  /** Grants made to the principal or group itself. */
  public List<Grant> grantsHeldBy(String holderId) {
    return Collections.unmodifiableList(grantsByHolder.getOrDefault(holderId, List.of()));
  }

  /** Every group the principal belongs to, directly or through nested groups, sorted. */
  public Set<String> groupsOf(String principalId) {
    List<String> direct = groupsByMember.getOrDefault(principalId, List.of());
    if (direct.isEmpty()) {
      return Set.of();
    }
    Set<String> groups = new TreeSet<>();
    for (String group : direct) {
      groups.add(group);
      groups.addAll(ancestorsOfGroup.computeIfAbsent(group, this::ancestors));
    }
    return Collections.unmodifiableSet(groups);
  }

  /** Every principal that is not a group and belongs to the group, directly or by nesting. */
  public Set<String> membersOf(String groupId) {
    return membersOfGroup.computeIfAbsent(groupId, this::members);
  }

  /** The groups that contain {@code group}, directly or through others. */
  private Set<String> ancestors(String group) {
    Set<String> ancestors = new TreeSet<>();
    Deque<String> next = new ArrayDeque<>(groupsByMember.getOrDefault(group, List.of()));
    while (!next.isEmpty()) {
      String parent = next.pop();
      if (ancestors.add(parent)) {
        next.addAll(groupsByMember.getOrDefault(parent, List.of()));
      }
    }
    ancestors.remove(group);
    return Collections.unmodifiableSet(ancestors);
  }

  private Set<String> members(String groupId) {
    Set<String> members = new TreeSet<>();
    Set<String> seenGroups = new HashSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(groupId));
    while (!next.isEmpty()) {
      String group = next.pop();
      if (!seenGroups.add(group)) {
        continue;
      }
      for (String member : membersByGroup.getOrDefault(group, List.of())) {
        if (principals.get(member).kind() == PrincipalKind.GROUP) {
          next.push(member);
        } else {
          members.add(member);
        }
      }
    }
    return Collections.unmodifiableSet(members);
  }

  /** The principal's own grants, then those of its groups in {@link #groupsOf} order. */
  public List<Grant> effectiveGrants(String principalId) {
    List<Grant> own = grantsByHolder.getOrDefault(principalId, List.of());
    Set<String> groups = groupsOf(principalId);
    if (groups.isEmpty()) {
      return Collections.unmodifiableList(own);
    }
    List<Grant> all = new ArrayList<>(own);
    for (String group : groups) {
      all.addAll(grantsByHolder.getOrDefault(group, List.of()));
    }
    return Collections.unmodifiableList(all);
  }

  @Override
  public String toString() {
    return "AccessDirectory[principals=" + principals.size() + ", grants=" + grants.size() + "]";
  }
}
