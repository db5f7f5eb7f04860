package uk.warden.core.access.directory;

import java.util.List;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;

/**
 * A directory imported whole: the indexed snapshot, and the rows it was built from in file order
 * (for a caller that stores them).
 */
public record DirectoryImport(
    AccessDirectory directory,
    List<Principal> principals,
    List<Membership> memberships,
    List<Grant> grants) {

  public DirectoryImport {
    principals = List.copyOf(principals);
    memberships = List.copyOf(memberships);
    grants = List.copyOf(grants);
  }

  @Override
  public String toString() {
    return "DirectoryImport[principals="
        + principals.size()
        + ", memberships="
        + memberships.size()
        + ", grants="
        + grants.size()
        + "]";
  }
}
