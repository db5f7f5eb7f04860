package uk.warden.core.register;

/** Police (force) vetting or national security vetting. */
public enum ClearanceScheme {
  FORCE,
  NSV
}
