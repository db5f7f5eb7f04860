package uk.warden.app.account;

import static uk.warden.app.account.Role.ADMIN;
import static uk.warden.app.account.Role.ANALYST;
import static uk.warden.app.account.Role.AUDITOR;
import static uk.warden.app.account.Role.DPO;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do in Warden, and which roles may do it: the role × action matrix. The security
 * configuration maps every page and API path to one of these (see {@code platform.AccessRules}),
 * pages hide the forms of actions the user does not hold, and the README's table of roles is
 * checked against this enum.
 *
 * <p>The split follows least privilege. ADMIN runs Warden (the register's upkeep and imports, the
 * monitoring feeds) but neither exports the list of named people to notify nor reads the audit log
 * that watches administrators. DPO answers for personal data and may do everything with it. ANALYST
 * reads the register as counts and pay numbers, checks outgoing files and works the findings queue;
 * names need the names grant. AUDITOR reads everything, the audit log included, and changes
 * nothing.
 */
public enum Action {
  USE_WARDEN(
      "Sign in and out, give a reason, read the API documentation", ADMIN, DPO, ANALYST, AUDITOR),
  MANAGE_OWN_TOKENS("Create and revoke one's own API tokens", ADMIN, DPO, ANALYST, AUDITOR),
  READ_REGISTER(
      "Read the register, custody, incidents and their counts, findings, watch, access and reviews",
      ADMIN,
      DPO,
      ANALYST,
      AUDITOR),
  READ_NAMES("See people's names and open a person's record", Grant.NAMES, ADMIN, DPO, AUDITOR),
  EDIT_REGISTER(
      "Change parties, systems, agreements and people; import HR extracts and register files",
      ADMIN,
      DPO),
  FEED_MONITORING(
      "Send access events and volume snapshots; tell the watch of expected changes and migrations",
      ADMIN,
      DPO),
  RECORD_CUSTODY("Record transfers of data to parties and the parties' deletions", DPO),
  DECLARE_INCIDENTS("Declare and update incidents, raise one from a watch finding", DPO),
  EXPORT_NOTIFICATION_LIST("Download an incident's notification list of named people", DPO),
  INSPECT_FILES("Check an outgoing file with the disclosure guard", ADMIN, DPO, ANALYST),
  DECIDE_RELEASES("Approve or reject the release of an inspected file", ADMIN, DPO),
  MAKE_EXTRACTS(
      "Make an extract for a party, fetch a released one, check one made elsewhere", ADMIN, DPO),
  APPROVE_EXTRACTS("Approve or refuse a held extract (never one's own)", ADMIN, DPO),
  TRACE_FILES("Trace a found or leaked file to the extracts it came from", ADMIN, DPO, ANALYST),
  TRIAGE_FINDINGS("Assign, resolve and reopen findings", DPO, ANALYST),
  RUN_ACCESS_REVIEWS("Start, decide and close access reviews; mark revocations done", ADMIN, DPO),
  READ_AUDIT_LOG("Read and verify Warden's audit log", DPO, AUDITOR);

  /** A right given to one account beyond its role, as {@code ./warden user grant-names} does. */
  public enum Grant {
    NAMES
  }

  private final String description;
  private final Set<Role> roles;
  private final Set<Grant> grants;

  Action(String description, Role... roles) {
    this(description, (Grant) null, roles);
  }

  Action(String description, Grant grant, Role... roles) {
    this.description = description;
    this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    this.grants = grant == null ? EnumSet.noneOf(Grant.class) : EnumSet.of(grant);
  }

  public String description() {
    return description;
  }

  /** The roles that hold this action by themselves. */
  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  /** The grants that give this action to an account whose role does not hold it. */
  public Set<Grant> grants() {
    return Set.copyOf(grants);
  }

  /** Whether a user with this role, and these grants, may do this. */
  public boolean heldBy(Role role, Set<Grant> held) {
    return roles.contains(role) || held.stream().anyMatch(grants::contains);
  }
}
