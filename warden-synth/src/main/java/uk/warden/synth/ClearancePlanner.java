package uk.warden.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Rank;
import uk.warden.core.register.RankTable;
import uk.warden.core.register.SensitivityFlag;

/**
 * Vetting that follows the role (DOMAIN.md §4), because a clearance level is itself a clue to what
 * someone does:
 *
 * <ul>
 *   <li>officers, specials, PCSOs and staff hold RV (renewed every 10 years), or MV (7 years) in
 *       flagged roles, management-vetted units (Professional Standards, finance, vetting, the chief
 *       officer team) and at chief inspector and above;
 *   <li>counter-terrorism and protection roles add national security vetting: SC (10 years), or DV
 *       (7 years) for a quarter of counter-terrorism posts; 40% of covert roles and every chief
 *       officer hold DV;
 *   <li>contractors hold the NPPV level their unit needs (premises-only NPPV1 for estates and
 *       fleet, NPPV2A by default, NPPV3 for systems access), renewed every 3 or 5 years;
 *       volunteers, who are non-police personnel, hold NPPV2A.
 * </ul>
 *
 * <p>Hygiene is imperfect on purpose: about 1.5% of clearances are recorded as lapsed, another 1.5%
 * are past their expiry but still marked active, 0.5% of new vetting is pending, and leavers'
 * clearances are withdrawn except for {@value #LEAVER_NOT_WITHDRAWN_SHARE} of leavers whose
 * clearance nobody ended.
 */
final class ClearancePlanner {

  static final double PENDING_SHARE = 0.005;
  static final double LAPSED_SHARE = 0.015;
  static final double EXPIRED_BUT_ACTIVE_SHARE = 0.015;
  static final double LEAVER_NOT_WITHDRAWN_SHARE = 0.04;

  private static final int CHIEF_INSPECTOR = 4;
  private static final int ASSISTANT_CHIEF_CONSTABLE = 7;

  private final UnitCatalogue units;
  private final Map<String, Integer> rankOrdinals;

  ClearancePlanner(UnitCatalogue units) {
    this.units = units;
    // Looked up once: RankTable.find normalises its argument with a regex on every call.
    this.rankOrdinals =
        RankTable.load(RankTable.ENGLAND_AND_WALES).ranks().stream()
            .collect(Collectors.toUnmodifiableMap(Rank::code, Rank::ordinal));
  }

  List<Clearance> plan(
      Posting posting, @Nullable LocalDate leftOn, LocalDate asOf, SplittableRandom rng) {
    UnitCatalogue.UnitPlan unit = units.plan(posting.unitIndex());
    int mask = posting.flagMask();
    int ordinal = rankOrdinal(posting.rankCode());
    boolean leaver = leftOn != null;
    LocalDate reference = leaver ? leftOn : asOf;

    List<Clearance> held = new ArrayList<>(2);
    held.add(issue(forceLevel(posting.kind(), unit, mask, ordinal), reference, !leaver, rng));

    ClearanceLevel nsv = nationalSecurityLevel(posting.kind(), mask, ordinal, rng);
    if (nsv != null) {
      held.add(issue(nsv, reference, false, rng));
    }
    if (leaver && rng.nextDouble() >= LEAVER_NOT_WITHDRAWN_SHARE) {
      // The 2025 APP change: clearances end when no longer required.
      held.replaceAll(c -> new Clearance(c.level(), c.granted(), c.expires(), withdrawn(c)));
    }
    return held;
  }

  private static ClearanceStatus withdrawn(Clearance clearance) {
    return clearance.status() == ClearanceStatus.PENDING
        ? ClearanceStatus.PENDING
        : ClearanceStatus.WITHDRAWN;
  }

  private static ClearanceLevel forceLevel(
      PersonKind kind, UnitCatalogue.UnitPlan unit, int mask, int rankOrdinal) {
    return switch (kind) {
      case CONTRACTOR -> unit.contractorVetting();
      case VOLUNTEER -> ClearanceLevel.NPPV2A;
      default ->
          mask != 0 || unit.managementVetted() || rankOrdinal >= CHIEF_INSPECTOR
              ? ClearanceLevel.MV
              : ClearanceLevel.RV;
    };
  }

  private static @Nullable ClearanceLevel nationalSecurityLevel(
      PersonKind kind, int mask, int rankOrdinal, SplittableRandom rng) {
    if (kind == PersonKind.OFFICER && rankOrdinal >= ASSISTANT_CHIEF_CONSTABLE) {
      return ClearanceLevel.DV;
    }
    double u = rng.nextDouble();
    if (FlagMasks.has(mask, SensitivityFlag.COUNTER_TERRORISM)) {
      return u < 0.25 ? ClearanceLevel.DV : ClearanceLevel.SC;
    }
    if (FlagMasks.has(mask, SensitivityFlag.COVERT) && u < 0.4) {
      return ClearanceLevel.DV;
    }
    if (FlagMasks.has(mask, SensitivityFlag.PROTECTION)) {
      return ClearanceLevel.SC;
    }
    return null;
  }

  /** A clearance granted before {@code reference}, mostly still in date on that day. */
  private static Clearance issue(
      ClearanceLevel level, LocalDate reference, boolean mayBePending, SplittableRandom rng) {
    int years = validityYears(level);
    double u = rng.nextDouble();
    if (mayBePending && u < PENDING_SHARE) {
      return new Clearance(level, null, null, ClearanceStatus.PENDING);
    }
    u -= PENDING_SHARE;
    LocalDate granted;
    ClearanceStatus status = ClearanceStatus.ACTIVE;
    if (u >= 0 && u < LAPSED_SHARE) {
      granted = reference.minusYears(years).minusDays(1 + rng.nextInt(730));
      status = ClearanceStatus.LAPSED;
    } else if (u >= LAPSED_SHARE && u < LAPSED_SHARE + EXPIRED_BUT_ACTIVE_SHARE) {
      // Renewal missed and the record never updated: the register's job to notice.
      granted = reference.minusYears(years).minusDays(1 + rng.nextInt(365));
    } else {
      // A year has at least 365 days, so this stays in date on the reference day.
      granted = reference.minusDays(rng.nextInt(years * 365));
    }
    // Expiry is always granted + validity, so a reader can trust either date.
    return new Clearance(level, granted, granted.plusYears(years), status);
  }

  static int validityYears(ClearanceLevel level) {
    return switch (level) {
      case RV, SC, CTC -> 10;
      case MV, DV, EDV, ESC -> 7;
      case NPPV3 -> 5;
      case NPPV1, NPPV2A, NPPV2F, BPSS -> 3;
    };
  }

  private int rankOrdinal(@Nullable String rankCode) {
    if (rankCode == null) {
      return 0;
    }
    return rankOrdinals.getOrDefault(rankCode, 0);
  }
}
