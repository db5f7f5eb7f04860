package uk.warden.app.access;

/** Where a principal, membership or grant came from: a re-import replaces only its own source. */
public enum DirectorySource {
  /** Files exported from an identity and access management system. */
  CSV,
  /** An LDAP directory or Active Directory: users, groups and memberships. */
  LDAP,
  /** The synthetic force's access, loaded by the demo. */
  DEMO
}
