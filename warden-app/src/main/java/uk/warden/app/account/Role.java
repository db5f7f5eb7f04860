package uk.warden.app.account;

/**
 * What a user may do in Warden, as {@link Action} lists for each role. ADMIN runs Warden; DPO
 * answers for personal data and breach response; ANALYST works with the register as counts; AUDITOR
 * reads everything and changes nothing. Declared from most to least privileged: single sign-on
 * gives the first of several that map.
 */
public enum Role {
  ADMIN,
  DPO,
  ANALYST,
  AUDITOR
}
