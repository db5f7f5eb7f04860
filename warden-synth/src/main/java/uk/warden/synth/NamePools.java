package uk.warden.synth;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Surnames and forenames drawn once from Datafaker (en-GB), then reused for every person: asking
 * Datafaker per person costs microseconds each, which a million people cannot afford.
 *
 * <p>Datafaker's en-GB locale has no name lists of its own and falls back to its generic English
 * ones, which are plainly invented ("Okuneva", "Greenholt"). That suits a demo register: no
 * generated name should read like a real officer's.
 */
final class NamePools {

  private static final int DRAWS_PER_POOL = 3_000;
  private static final double MIDDLE_NAME_SHARE = 0.2;
  private static final double DOUBLE_BARRELLED_SHARE = 0.015;

  private final String[] surnames;
  private final String[] maleForenames;
  private final String[] femaleForenames;

  private NamePools(String[] surnames, String[] maleForenames, String[] femaleForenames) {
    this.surnames = surnames;
    this.maleForenames = maleForenames;
    this.femaleForenames = femaleForenames;
  }

  static NamePools build(long seed) {
    Faker faker = new Faker(Locale.UK, new Random(Seeds.derive(seed, "names")));
    // Draw in a fixed order: the pools depend on the sequence of calls as well as the seed.
    String[] surnames = distinct(() -> faker.name().lastName());
    String[] male = distinct(() -> faker.name().maleFirstName());
    String[] female = distinct(() -> faker.name().femaleFirstName());
    return new NamePools(surnames, male, female);
  }

  int surnameCount() {
    return surnames.length;
  }

  String surname(SplittableRandom rng) {
    String first = pick(surnames, rng);
    if (rng.nextDouble() < DOUBLE_BARRELLED_SHARE) {
      return first + "-" + pick(surnames, rng);
    }
    return first;
  }

  String forenames(boolean female, SplittableRandom rng) {
    String[] pool = female ? femaleForenames : maleForenames;
    String first = pick(pool, rng);
    if (rng.nextDouble() < MIDDLE_NAME_SHARE) {
      String middle = pick(pool, rng);
      return middle.equals(first) ? first : first + " " + middle;
    }
    return first;
  }

  /**
   * Favours the front of the pool (u^1.6 skews towards zero) so that some names are common and most
   * are rare, as in a real workforce, rather than every name being equally likely.
   */
  private static String pick(String[] pool, SplittableRandom rng) {
    double u = rng.nextDouble();
    return pool[(int) (Math.pow(u, 1.6) * pool.length)];
  }

  private static String[] distinct(Supplier<String> source) {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < DRAWS_PER_POOL; i++) {
      String name = source.get().strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("Datafaker returned no names");
    }
    return names.toArray(String[]::new);
  }
}
