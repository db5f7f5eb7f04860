package uk.warden.core.access;

/**
 * What a principal is. A group is a principal too, so that a grant names one holder whether it goes
 * to a person or to everyone in a group.
 */
public enum PrincipalKind {
  /** A member of the force with an account: may be linked to a register person by pay number. */
  USER,
  /** A named set of principals; its grants reach every member, through nested groups too. */
  GROUP,
  /** A machine identity (a feed, a sync job): judged by its purpose, not against people. */
  SERVICE_ACCOUNT,
  /** Someone working for a supplier, with access to the force's systems. */
  SUPPLIER_STAFF;

  /** Whether a clearance is expected of this kind: people are vetted, groups and machines not. */
  public boolean vetted() {
    return this == USER || this == SUPPLIER_STAFF;
  }
}
