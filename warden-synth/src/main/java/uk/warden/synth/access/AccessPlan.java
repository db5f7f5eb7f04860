package uk.warden.synth.access;

/**
 * What access to generate for a force.
 *
 * @param planted whether to plant the problems of {@link SyntheticAccess} (false gives the clean
 *     control: only what the register's own people make inevitable)
 * @param days days of access events, ending on the force's as-of day (weekdays only)
 * @param activity a multiplier on how many people use each system on a weekday: 1 is the demo's
 *     office, larger values make benchmark-sized logs
 * @param extraGrantsPerUser direct grants each account gets on top of its groups' (0 for the demo;
 *     the benchmark uses them to reach a million grants)
 */
public record AccessPlan(boolean planted, int days, double activity, int extraGrantsPerUser) {

  public static final AccessPlan DEMO = new AccessPlan(true, 120, 1.0, 0);
  public static final AccessPlan CLEAN = new AccessPlan(false, 120, 1.0, 0);

  public AccessPlan {
    if (days < 1 || days > 3650) {
      throw new IllegalArgumentException("days of events must be 1 to 3650");
    }
    if (!(activity > 0)) {
      throw new IllegalArgumentException("activity must be positive");
    }
    if (extraGrantsPerUser < 0) {
      throw new IllegalArgumentException("extra grants cannot be negative");
    }
  }

  public AccessPlan withActivity(double newActivity) {
    return new AccessPlan(planted, days, newActivity, extraGrantsPerUser);
  }
}
