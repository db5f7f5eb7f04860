package uk.warden.synth.access;

import java.util.SplittableRandom;

/**
 * How much one person does on one system in a day: events, and records per event. Bounded on
 * purpose, so that no ordinary day comes near the bulk look-up rule's floor of 500 records; the
 * heavy profile (analysts) reaches 250, twenty times a light user's median.
 */
enum Intensity {
  LIGHT(1, 4, 1, 8),
  NORMAL(1, 6, 1, 12),
  HEAVY(4, 10, 5, 25);

  private final int minEvents;
  private final int maxEvents;
  private final int minRecords;
  private final int maxRecords;

  Intensity(int minEvents, int maxEvents, int minRecords, int maxRecords) {
    this.minEvents = minEvents;
    this.maxEvents = maxEvents;
    this.minRecords = minRecords;
    this.maxRecords = maxRecords;
  }

  int events(SplittableRandom random) {
    return minEvents + random.nextInt(maxEvents - minEvents + 1);
  }

  int records(SplittableRandom random) {
    return minRecords + random.nextInt(maxRecords - minRecords + 1);
  }

  double meanEvents() {
    return (minEvents + maxEvents) / 2.0;
  }
}
