package uk.warden.core.access.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.access.PrincipalKind;

/**
 * Builds principals and memberships from the entries of one read. Members are resolved only once
 * every user and group has been seen, since a group may list a member the search returns later. DNs
 * are compared as UnboundID normalises them, so case and spacing differences between a {@code
 * member} value and the member's own DN do not matter.
 */
final class LdapAssembly {

  private record PendingGroup(String id, List<String> memberDns) {}

  private final DN base;
  private final @Nullable DN serviceBase;
  private final Set<DN> serviceAccounts;
  private final String payNumberAttribute;
  private final Map<DN, String> idByDn = new HashMap<>();
  private final Map<String, Principal> principals = new LinkedHashMap<>();
  private final List<PendingGroup> groups = new ArrayList<>();
  private int users;
  private int disabled;
  private int services;
  private int withoutId;
  private int duplicates;
  private int ranged;

  LdapAssembly(
      DN base, @Nullable DN serviceBase, Set<DN> serviceAccounts, String payNumberAttribute) {
    this.base = base;
    this.serviceBase = serviceBase;
    this.serviceAccounts = serviceAccounts;
    this.payNumberAttribute = payNumberAttribute;
  }

  void user(SearchResultEntry entry) {
    DN dn = dn(entry);
    String id = LdapEntries.id(entry, "sAMAccountName", "uid");
    if (dn == null || id == null) {
      withoutId++;
      return;
    }
    boolean service =
        serviceAccounts.contains(dn)
            || (serviceBase != null && dn.isDescendantOf(serviceBase, true));
    boolean enabled = !LdapEntries.disabled(entry);
    Principal principal =
        new Principal(
            id,
            service ? PrincipalKind.SERVICE_ACCOUNT : PrincipalKind.USER,
            LdapEntries.payNumber(entry, payNumberAttribute),
            null,
            List.of(),
            enabled);
    if (add(dn, principal)) {
      users++;
      disabled += enabled ? 0 : 1;
      services += service ? 1 : 0;
    }
  }

  void group(SearchResultEntry entry) {
    DN dn = dn(entry);
    String id = LdapEntries.id(entry, "sAMAccountName", "cn");
    if (dn == null || id == null) {
      withoutId++;
      return;
    }
    if (add(dn, Principal.group(id))) {
      groups.add(new PendingGroup(id, LdapEntries.memberDns(entry)));
      ranged += LdapEntries.rangedMembers(entry) ? 1 : 0;
    }
  }

  LdapDirectory finish(int pages) {
    Set<Membership> memberships = new LinkedHashSet<>();
    int outside = 0;
    int unresolved = 0;
    for (PendingGroup group : groups) {
      for (String text : group.memberDns()) {
        DN member = LdapEntries.dn(text);
        if (member == null) {
          unresolved++;
        } else if (!member.isDescendantOf(base, true)) {
          outside++;
        } else {
          String id = idByDn.get(member);
          if (id == null) {
            unresolved++;
          } else if (!id.equals(group.id())) {
            memberships.add(new Membership(group.id(), id));
          }
        }
      }
    }
    LdapSummary summary =
        new LdapSummary(
            users,
            disabled,
            services,
            groups.size(),
            memberships.size(),
            outside,
            unresolved,
            withoutId,
            duplicates,
            ranged,
            pages);
    return new LdapDirectory(List.copyOf(principals.values()), List.copyOf(memberships), summary);
  }

  private boolean add(DN dn, Principal principal) {
    if (principals.containsKey(principal.id()) || idByDn.containsKey(dn)) {
      duplicates++;
      return false;
    }
    principals.put(principal.id(), principal);
    idByDn.put(dn, principal.id());
    return true;
  }

  private static @Nullable DN dn(SearchResultEntry entry) {
    try {
      return entry.getParsedDN();
    } catch (LDAPException e) {
      return null;
    }
  }
}
