package uk.warden.core.access.directory;

import java.util.Collection;
import java.util.List;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;

/**
 * What a directory server said: principals (users, service accounts, groups) and memberships. A
 * directory holds no grants to systems; those come from elsewhere and join here in {@link
 * #toAccessDirectory}.
 */
public record LdapDirectory(
    List<Principal> principals, List<Membership> memberships, LdapSummary summary) {

  public LdapDirectory {
    principals = List.copyOf(principals);
    memberships = List.copyOf(memberships);
  }

  /** The snapshot with {@code grants}, which must name principals read here. */
  public AccessDirectory toAccessDirectory(Collection<Grant> grants) {
    return AccessDirectory.of(principals, memberships, grants);
  }

  @Override
  public String toString() {
    return "LdapDirectory[" + summary + "]";
  }
}
