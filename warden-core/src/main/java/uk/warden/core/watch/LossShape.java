package uk.warden.core.watch;

/** How a loss showed itself. */
public enum LossShape {
  /** Gone in a day: a failed migration step, a mistaken purge. */
  SUDDEN,
  /** A little every day: a misconfigured retention job, a failing sync. */
  CREEPING
}
