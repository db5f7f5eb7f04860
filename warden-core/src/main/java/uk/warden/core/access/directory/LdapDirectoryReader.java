package uk.warden.core.access.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads users, service accounts, groups and memberships from an LDAP directory: Active Directory or
 * an OpenLDAP-style one, told apart by the attributes each entry has rather than by configuration.
 *
 * <ul>
 *   <li>Users: {@code objectClass} user, person or inetOrgPerson (not computers or contacts); id
 *       from {@code sAMAccountName}, else {@code uid}; pay number from the configured attribute,
 *       else {@code employeeNumber}; disabled when AD's {@code userAccountControl} has bit 0x2 or
 *       {@code nsAccountLock} is true. Users matching the service-account filter, or under the
 *       service-account base, are service accounts.
 *   <li>Groups: {@code objectClass} group, groupOfNames or groupOfUniqueNames; id from {@code
 *       sAMAccountName}, else {@code cn}; members from {@code member} and {@code uniqueMember},
 *       resolved to the users and groups read, so nested groups become group-in-group memberships.
 *       Members outside the base, or not read, are skipped and counted.
 * </ul>
 *
 * <p>Every search is paged, so the server's size limit does not cut the read short. One reader may
 * be used for several reads, one at a time.
 */
public final class LdapDirectoryReader {

  private static final Filter USERS =
      Filter.createANDFilter(
          Filter.createORFilter(
              Filter.createEqualityFilter("objectClass", "user"),
              Filter.createEqualityFilter("objectClass", "person"),
              Filter.createEqualityFilter("objectClass", "inetOrgPerson")),
          Filter.createNOTFilter(Filter.createEqualityFilter("objectClass", "computer")),
          Filter.createNOTFilter(Filter.createEqualityFilter("objectClass", "contact")));

  private static final Filter GROUPS =
      Filter.createORFilter(
          Filter.createEqualityFilter("objectClass", "group"),
          Filter.createEqualityFilter("objectClass", "groupOfNames"),
          Filter.createEqualityFilter("objectClass", "groupOfUniqueNames"));

  private final LdapSettings settings;
  private final DN base;
  private final Filter userFilter;
  private final Filter groupFilter;
  private final @Nullable Filter serviceFilter;
  private final @Nullable DN serviceBase;

  /**
   * Checks the settings' DNs and filters before any connection is made.
   *
   * @throws LdapImportException naming the setting that is not a valid DN or filter
   */
  public LdapDirectoryReader(LdapSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.base = dn(settings.baseDn(), "base DN");
    this.userFilter = narrowed(USERS, settings.userFilter(), "user filter");
    this.groupFilter = narrowed(GROUPS, settings.groupFilter(), "group filter");
    this.serviceFilter =
        settings.serviceAccountFilter() == null
            ? null
            : narrowed(userFilter, settings.serviceAccountFilter(), "service-account filter");
    this.serviceBase =
        settings.serviceAccountBase() == null
            ? null
            : dn(settings.serviceAccountBase(), "service-account base");
  }

  /**
   * Connects, binds with {@code password} (used for the bind and not kept), and reads the base.
   *
   * @throws LdapImportException if the directory cannot be reached, refuses the bind or the search,
   *     or holds more than the size limit
   */
  public LdapDirectory read(String password) {
    Objects.requireNonNull(password, "password");
    try (LDAPConnection connection = LdapConnector.connect(settings, password)) {
      PagedSearch search = new PagedSearch(connection, settings);
      Set<DN> services = new HashSet<>();
      if (serviceFilter != null) {
        // The server evaluates the filter, so it may name any attribute without Warden reading it.
        search.search(base, serviceFilter, new String[] {"1.1"}, e -> add(services, e));
      }
      LdapAssembly assembly =
          new LdapAssembly(base, serviceBase, services, settings.payNumberAttribute());
      search.search(
          base,
          userFilter,
          LdapEntries.userAttributes(settings.payNumberAttribute()),
          assembly::user);
      search.search(base, groupFilter, LdapEntries.GROUP_ATTRIBUTES, assembly::group);
      return assembly.finish(search.pages());
    }
  }

  private static void add(Set<DN> dns, com.unboundid.ldap.sdk.SearchResultEntry entry) {
    try {
      dns.add(entry.getParsedDN());
    } catch (LDAPException e) {
      // An entry whose DN cannot be parsed cannot be matched to a user either.
    }
  }

  private static Filter narrowed(Filter objectClasses, @Nullable String extra, String what) {
    if (extra == null) {
      return objectClasses;
    }
    try {
      return Filter.createANDFilter(objectClasses, Filter.create(extra));
    } catch (LDAPException e) {
      throw new LdapImportException("the " + what + " is not a valid LDAP filter");
    }
  }

  private static DN dn(String text, String what) {
    try {
      return new DN(text);
    } catch (LDAPException e) {
      throw new LdapImportException("the " + what + " is not a valid DN");
    }
  }
}
