package uk.warden.app.review;

/** What a system owner decided about one grant. */
public enum Decision {
  /** The access is still needed as granted. */
  CONFIRM,
  /** The access goes: the grant is revoked and a task made to remove it in the system. */
  REVOKE
}
