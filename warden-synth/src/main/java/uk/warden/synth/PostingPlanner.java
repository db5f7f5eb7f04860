package uk.warden.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * Decides each person's posting: the workforce mix of an English force, the officer rank pyramid,
 * staff bands, unit, role flags, and who has left or is suspended.
 *
 * <p>Staff grades use one scheme, the Met's bands A to G with A the highest (DOMAIN.md §5.2); most
 * staff sit in the lower bands E to G. PCSOs are police staff and sit in Band F. Specials hold the
 * office of constable, so they carry constable, sergeant or inspector rank codes from the same
 * table (special sergeants and special inspectors).
 */
final class PostingPlanner {

  private static final PersonKind[] KINDS = {
    PersonKind.OFFICER,
    PersonKind.STAFF,
    PersonKind.PCSO,
    PersonKind.SPECIAL,
    PersonKind.CONTRACTOR,
    PersonKind.VOLUNTEER
  };
  private static final WeightedChoice KIND_MIX = new WeightedChoice(55, 35, 4, 3, 2, 1);

  /** Constable to chief superintendent; chief officers are placed, not drawn. */
  private static final String[] OFFICER_RANKS = {"PC", "PS", "INSP", "CI", "SUPT", "CSUPT"};

  private static final WeightedChoice OFFICER_PYRAMID =
      new WeightedChoice(75, 15, 5.5, 2, 1.3, 0.6);

  private static final String[] SPECIAL_RANKS = {"PC", "PS", "INSP"};
  private static final WeightedChoice SPECIAL_PYRAMID = new WeightedChoice(91, 7, 2);

  private static final String[] BANDS = {
    "Band A", "Band B", "Band C", "Band D", "Band E", "Band F", "Band G"
  };
  private static final WeightedChoice BAND_SPREAD = new WeightedChoice(1.5, 4.5, 9, 15, 23, 27, 20);
  private static final String PCSO_BAND = "Band F";

  static final double LEAVER_SHARE = 0.06;
  static final double SUSPENDED_SHARE = 0.003;

  /**
   * Trained undercover officers who work in ordinary posts between deployments: the people whose
   * flag nobody expects to find in a neighbourhood team's spreadsheet.
   */
  static final double COVERT_CADRE_SHARE = 0.0025;

  private final UnitCatalogue units;
  private final int chiefOfficerTeam;
  private final Map<Integer, String> chiefOfficers;
  private final int[] unitFlagMasks;

  PostingPlanner(UnitCatalogue units, ForceSpec spec) {
    this.units = units;
    this.unitFlagMasks = new int[units.size()];
    for (int i = 0; i < units.size(); i++) {
      unitFlagMasks[i] = FlagMasks.of(units.plan(i).unit().flags());
    }
    this.chiefOfficerTeam = units.indexOf(UnitCatalogue.CHIEF_OFFICER_TEAM);
    this.chiefOfficers = placeChiefOfficers(spec);
  }

  /**
   * Exactly one chief constable, a deputy once the force has 200 people, and two to six assistant
   * chief constables once it has 1,000: placed at seeded positions so the count is exact rather
   * than left to chance.
   */
  private static Map<Integer, String> placeChiefOfficers(ForceSpec spec) {
    int people = spec.people();
    int assistants = people >= 1_000 ? Math.max(2, Math.min(6, people / 10_000)) : 0;
    List<String> ranks = new ArrayList<>();
    ranks.add("CC");
    if (people >= 200) {
      ranks.add("DCC");
    }
    for (int i = 0; i < assistants; i++) {
      ranks.add("ACC");
    }
    SplittableRandom rng = new SplittableRandom(Seeds.derive(spec.seed(), "chief-officers"));
    Map<Integer, String> placed = new HashMap<>();
    for (String rank : ranks) {
      int position;
      do {
        position = rng.nextInt(people);
      } while (placed.containsKey(position));
      placed.put(position, rank);
    }
    return Map.copyOf(placed);
  }

  Posting plan(int index, SplittableRandom rng) {
    String chiefRank = chiefOfficers.get(index);
    if (chiefRank != null) {
      return new Posting(
          PersonKind.OFFICER, chiefRank, null, chiefOfficerTeam, 0, EmploymentStatus.SERVING);
    }
    PersonKind kind = KINDS[KIND_MIX.draw(rng)];
    String rank = null;
    String grade = null;
    switch (kind) {
      case OFFICER -> rank = OFFICER_RANKS[OFFICER_PYRAMID.draw(rng)];
      case SPECIAL -> rank = SPECIAL_RANKS[SPECIAL_PYRAMID.draw(rng)];
      case STAFF -> grade = BANDS[BAND_SPREAD.draw(rng)];
      case PCSO -> grade = PCSO_BAND;
      default -> {
        // Contractors and volunteers have neither rank nor grade.
      }
    }
    int unitIndex = units.draw(kind, rng);
    int mask = flags(kind, unitFlagMasks[unitIndex], units.plan(unitIndex), rng);
    return new Posting(kind, rank, grade, unitIndex, mask, status(kind, rng));
  }

  private static int flags(
      PersonKind kind, int unitMask, UnitCatalogue.UnitPlan plan, SplittableRandom rng) {
    int mask = unitMask;
    if (kind != PersonKind.OFFICER) {
      return mask;
    }
    double u = rng.nextDouble();
    if (plan.individualFlag() != null && u < plan.individualFlagShare()) {
      mask |= FlagMasks.bit(plan.individualFlag());
    } else if (mask == 0 && u > 1 - COVERT_CADRE_SHARE) {
      mask |= FlagMasks.bit(SensitivityFlag.COVERT);
    }
    return mask;
  }

  private static EmploymentStatus status(PersonKind kind, SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < LEAVER_SHARE) {
      return EmploymentStatus.LEFT;
    }
    // Only employees and attested officers can be suspended; a contractor is simply stood down.
    boolean suspendable = kind != PersonKind.CONTRACTOR && kind != PersonKind.VOLUNTEER;
    if (suspendable && u < LEAVER_SHARE + SUSPENDED_SHARE) {
      return EmploymentStatus.SUSPENDED;
    }
    return EmploymentStatus.SERVING;
  }
}
