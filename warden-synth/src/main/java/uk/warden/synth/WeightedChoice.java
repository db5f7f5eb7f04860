package uk.warden.synth;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight. */
final class WeightedChoice {

  private final double[] cumulative;

  WeightedChoice(double... weights) {
    cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("negative weight at " + i);
      }
      total += weights[i];
      cumulative[i] = total;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("no positive weight");
    }
  }

  int draw(SplittableRandom rng) {
    double target = rng.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, target);
    int index = found >= 0 ? found + 1 : -found - 1;
    // Skip zero-weight entries that share a cumulative total with their neighbour.
    while (index < cumulative.length - 1
        && cumulative[index] == (index == 0 ? 0 : cumulative[index - 1])) {
      index++;
    }
    return Math.min(index, cumulative.length - 1);
  }
}
