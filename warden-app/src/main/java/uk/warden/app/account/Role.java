package uk.warden.app.account;

/**
 * What a user may do in Warden. ADMIN runs Warden and its users; DPO owns the register and breach
 * response; ANALYST works with the register; AUDITOR reads everything and changes nothing. Declared
 * from most to least privileged: single sign-on gives the first of several that map.
 */
public enum Role {
  ADMIN,
  DPO,
  ANALYST,
  AUDITOR;

  /** Whether the role may change the register. */
  public boolean writes() {
    return this == ADMIN || this == DPO;
  }
}
