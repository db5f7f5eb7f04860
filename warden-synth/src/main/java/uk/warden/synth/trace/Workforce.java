package uk.warden.synth.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * The people extracts are cut from: pay number, names, rank, unit, photo reference and vetting
 * level, as an HR system would export them. Names come from small pools, so namesakes occur as in a
 * real force.
 */
public final class Workforce {

  public static final List<String> COLUMNS =
      List.of("pay_number", "surname", "forenames", "rank", "unit", "photo_ref", "vetting_level");
  static final int PAY = 0;
  static final int SURNAME = 1;
  static final int FORENAMES = 2;
  static final int PHOTO = 5;
  static final int UNITS = 60;

  private static final String[] RANKS = {
    "Constable",
    "Constable",
    "Constable",
    "Constable",
    "Sergeant",
    "Inspector",
    "Chief Inspector",
    "PCSO",
    "Police Staff",
    "Police Staff"
  };
  private static final String[] VETTING = {"NPPV1", "NPPV2", "NPPV3", "SC", "DV"};

  private final List<List<String>> people;
  private final Set<String> inUse;

  private Workforce(List<List<String>> people, Set<String> inUse) {
    this.people = people;
    this.inUse = inUse;
  }

  public static Workforce generate(int size, long seed) {
    Random random = new Random(seed);
    Faker faker = new Faker(Locale.UK, new Random(seed));
    String[] surnames = pool(3000, () -> faker.name().lastName());
    String[] forenames = pool(1000, () -> faker.name().firstName());
    Set<String> payNumbers = new LinkedHashSet<>();
    while (payNumbers.size() < size) {
      payNumbers.add(String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000)));
    }
    List<List<String>> people = new ArrayList<>(size);
    Set<String> inUse = new HashSet<>();
    int i = 0;
    for (String pay : payNumbers) {
      String surname = surnames[random.nextInt(surnames.length)];
      String first = forenames[random.nextInt(forenames.length)];
      String names =
          random.nextInt(5) == 0
              ? first + " " + forenames[random.nextInt(forenames.length)]
              : first;
      String photo = String.format(Locale.ROOT, "IMG%07d", 1_000_000 + 37L * i++);
      people.add(
          List.of(
              pay,
              surname,
              names,
              RANKS[random.nextInt(RANKS.length)],
              String.format(Locale.ROOT, "Unit %02d", unitOf(people.size())),
              photo,
              VETTING[random.nextInt(VETTING.length)]));
      inUse.add(pay);
      inUse.add(photo);
      inUse.add(names + " " + surname);
    }
    return new Workforce(List.copyOf(people), inUse);
  }

  /** Units follow from the person's index, so an extract by unit needs no look-up. */
  static int unitOf(int person) {
    return person % UNITS;
  }

  public int size() {
    return people.size();
  }

  /** One person's row, in the order of {@link #COLUMNS}. */
  public List<String> row(int index) {
    return people.get(index);
  }

  /**
   * True for a pay number, photo reference or full name someone holds: canaries must avoid them.
   */
  public boolean inUse(String value) {
    return inUse.contains(value);
  }

  /** The distinct names among {@code draws} draws: Datafaker's lists are short, so fewer. */
  private static String[] pool(int draws, Supplier<String> draw) {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < draws; i++) {
      names.add(draw.get());
    }
    return names.toArray(String[]::new);
  }
}
