package uk.warden.synth.watch;

/**
 * A loss planted in a series: from day {@code start} (an index), {@code fraction} of what the
 * system held is lost, at once or spread over {@code days}; {@code explainedAway} marks a loss
 * during a registered migration that was expected to change nothing.
 */
public record PlantedLoss(String kind, int start, int days, double fraction) {

  public static PlantedLoss sudden(int start, double fraction) {
    return new PlantedLoss("sudden", start, 1, fraction);
  }

  public static PlantedLoss creeping(int start, int days, double fraction) {
    return new PlantedLoss("creeping", start, days, fraction);
  }

  /** Lost while a migration was registered: the migration explains moving, not losing. */
  public static PlantedLoss duringMigration(int start, double fraction) {
    return new PlantedLoss("migration", start, 1, fraction);
  }

  /** Smaller than a week's growth, so the count never falls: only the shortfall shows it. */
  public static PlantedLoss hiddenInGrowth(int start, double fraction) {
    return new PlantedLoss("hidden", start, 1, fraction);
  }
}
