package uk.warden.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

/**
 * The demo force's 45 units and how each is staffed: eight geographic areas with a neighbourhood
 * team and a response team each, then headquarters, specialist and support units.
 *
 * <p>Professional Standards carries no flag: its complaints and misconduct work is open (officers
 * appear at public hearings), but its posts are management vetted. Its Anti-Corruption Unit is
 * split out with {@link SensitivityFlag#INTELLIGENCE} because it runs covert intelligence against
 * corrupt staff, and its members are targets in the way intelligence officers are.
 */
final class UnitCatalogue {

  static final String CHIEF_OFFICER_TEAM = "chief-officer-team";
  static final String COUNTER_TERRORISM = "counter-terrorism";
  static final String SPECIAL_BRANCH = "special-branch";
  static final String COVERT_OPERATIONS = "covert-operations";
  static final String PROTECTION_COMMAND = "protection-command";
  static final String INTELLIGENCE_BUREAU = "intelligence-bureau";
  static final String PROFESSIONAL_STANDARDS = "professional-standards";
  static final String ANTI_CORRUPTION = "anti-corruption";
  static final String FIREARMS_LICENSING = "firearms-licensing";
  static final String INFORMATION_MANAGEMENT = "information-management";
  static final String CUSTODY = "custody";

  /**
   * Collar-number codes of units outside the eight areas, which use their own two letters. Split by
   * command, as the Met does (T for traffic), so that no code runs out of four-digit numbers.
   */
  static final String HEADQUARTERS_CODE = "HQ";

  static final String ROADS_CODE = "TR";

  /** Crime: CID and major crime; and public protection with economic crime. */
  static final String CRIME_CODE = "CR";

  static final String PUBLIC_PROTECTION_CODE = "PP";

  /** Operational support: armed policing, dogs, custody, control room, criminal justice. */
  static final String OPERATIONS_CODE = "OP";

  /**
   * Specialist Operations: a code the Met withholds under FOIA s.31, because the code alone says
   * that the wearer works in counter-terrorism or protection (DOMAIN.md §4.3).
   */
  static final String SPECIALIST_OPERATIONS_CODE = "SO";

  /** Relative share of each kind of person posted to a unit; zero means none are. */
  record Staffing(
      double officers,
      double staff,
      double pcsos,
      double specials,
      double contractors,
      double volunteers) {

    double weight(PersonKind kind) {
      return switch (kind) {
        case OFFICER -> officers;
        case STAFF -> staff;
        case PCSO -> pcsos;
        case SPECIAL -> specials;
        case CONTRACTOR -> contractors;
        case VOLUNTEER -> volunteers;
      };
    }
  }

  /**
   * A unit and how the generator treats it: collar-number code, staffing, whether its posts need
   * management vetting, the NPPV level its contractors need, and a flag a share of its officers
   * carry individually (source handlers in CID, protection officers drawn from armed policing).
   */
  record UnitPlan(
      Unit unit,
      String collarCode,
      Staffing staffing,
      boolean managementVetted,
      ClearanceLevel contractorVetting,
      @Nullable SensitivityFlag individualFlag,
      double individualFlagShare) {

    UnitPlan mv() {
      return new UnitPlan(
          unit, collarCode, staffing, true, contractorVetting, individualFlag, individualFlagShare);
    }

    UnitPlan contractors(ClearanceLevel level) {
      return new UnitPlan(
          unit, collarCode, staffing, managementVetted, level, individualFlag, individualFlagShare);
    }

    UnitPlan individually(SensitivityFlag flag, double share) {
      return new UnitPlan(
          unit, collarCode, staffing, managementVetted, contractorVetting, flag, share);
    }

    String code() {
      return unit.code();
    }
  }

  private record Area(String slug, String name, String collarCode) {}

  private static final List<Area> AREAS =
      List.of(
          new Area("northgate", "Northgate", "NG"),
          new Area("eastbridge", "Eastbridge", "EB"),
          new Area("southmoor", "Southmoor", "SM"),
          new Area("westholme", "Westholme", "WH"),
          new Area("kingsford", "Kingsford", "KF"),
          new Area("ashcombe", "Ashcombe", "AS"),
          new Area("riverside", "Riverside", "RS"),
          new Area("hillcrest", "Hillcrest", "HC"));

  private final List<UnitPlan> plans;
  private final Map<String, Integer> indexByCode;
  private final List<String> collarCodes;
  private final int[] collarIndexByUnit;
  private final WeightedChoice[] choiceByKind;

  private UnitCatalogue(List<UnitPlan> plans) {
    this.plans = List.copyOf(plans);
    this.indexByCode = new HashMap<>();
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < plans.size(); i++) {
      if (indexByCode.put(plans.get(i).code(), i) != null) {
        throw new IllegalStateException("duplicate unit " + plans.get(i).code());
      }
      codes.add(plans.get(i).collarCode());
    }
    this.collarCodes = List.copyOf(codes);
    this.collarIndexByUnit = new int[plans.size()];
    for (int i = 0; i < plans.size(); i++) {
      collarIndexByUnit[i] = collarCodes.indexOf(plans.get(i).collarCode());
    }
    this.choiceByKind = new WeightedChoice[PersonKind.values().length];
    for (PersonKind kind : PersonKind.values()) {
      double[] weights = new double[plans.size()];
      for (int i = 0; i < plans.size(); i++) {
        weights[i] = plans.get(i).staffing().weight(kind);
      }
      choiceByKind[kind.ordinal()] = new WeightedChoice(weights);
    }
  }

  static UnitCatalogue standard() {
    List<UnitPlan> plans = new ArrayList<>();
    for (Area area : AREAS) {
      plans.add(
          unit(
              "npt-" + area.slug(),
              area.name() + " Neighbourhood Policing Team",
              area.collarCode(),
              new Staffing(2.8, 0.6, 1, 7.5, 0, 5)));
      plans.add(
          unit(
              "response-" + area.slug(),
              area.name() + " Response",
              area.collarCode(),
              new Staffing(4.0, 0.2, 0, 3.125, 0, 0)));
    }
    String hq = HEADQUARTERS_CODE;
    String so = SPECIALIST_OPERATIONS_CODE;
    String op = OPERATIONS_CODE;
    plans.add(
        unit("cid", "Criminal Investigation Department", CRIME_CODE, new Staffing(8, 6, 0, 0, 0, 2))
            .individually(SensitivityFlag.INTELLIGENCE, 0.03));
    plans.add(
        unit(
                "major-crime",
                "Major Crime Investigation Team",
                CRIME_CODE,
                new Staffing(2.5, 2, 0, 0, 0, 0))
            .individually(SensitivityFlag.INTELLIGENCE, 0.03));
    plans.add(
        unit(
            "public-protection", "Public Protection Unit", PUBLIC_PROTECTION_CODE, staffing(5, 4)));
    plans.add(
        unit("economic-crime", "Economic Crime Unit", PUBLIC_PROTECTION_CODE, staffing(1, 1.5)));
    plans.add(
        unit(
            "roads-policing",
            "Roads Policing Unit",
            ROADS_CODE,
            new Staffing(3.5, 1, 0, 10, 0, 0)));
    plans.add(
        unit("armed-policing", "Armed Policing Unit", op, staffing(2.5, 0.2))
            .individually(SensitivityFlag.PROTECTION, 0.06));
    plans.add(unit("dog-support", "Dog Support Unit", op, staffing(0.6, 0.2)));
    plans.add(
        unit(CUSTODY, "Custody", op, new Staffing(2, 7, 0, 0, 7, 0))
            .contractors(ClearanceLevel.NPPV2A));
    plans.add(
        unit("control-room", "Force Control Room", op, new Staffing(1.5, 15, 0, 0, 5, 0))
            .contractors(ClearanceLevel.NPPV3));
    plans.add(unit("criminal-justice", "Criminal Justice Unit", op, staffing(0.5, 6)));
    plans.add(
        unit(
                COUNTER_TERRORISM,
                "Counter Terrorism Policing",
                so,
                new Staffing(2.2, 2, 0, 0, 5, 0),
                SensitivityFlag.COUNTER_TERRORISM)
            .contractors(ClearanceLevel.NPPV3));
    plans.add(
        unit(
            SPECIAL_BRANCH,
            "Special Branch",
            so,
            staffing(0.6, 0.5),
            SensitivityFlag.COUNTER_TERRORISM,
            SensitivityFlag.INTELLIGENCE));
    plans.add(
        unit(
                COVERT_OPERATIONS,
                "Covert Operations (undercover)",
                so,
                new Staffing(0.6, 0.3, 0, 0, 1, 0),
                SensitivityFlag.COVERT)
            .contractors(ClearanceLevel.NPPV3));
    plans.add(
        unit(
            PROTECTION_COMMAND,
            "Protection Command",
            so,
            staffing(1.5, 0.3),
            SensitivityFlag.PROTECTION));
    plans.add(
        unit(
                INTELLIGENCE_BUREAU,
                "Force Intelligence Bureau",
                hq,
                new Staffing(1.2, 5, 0, 0, 4, 0),
                SensitivityFlag.INTELLIGENCE)
            .contractors(ClearanceLevel.NPPV3));
    plans.add(
        unit(PROFESSIONAL_STANDARDS, "Professional Standards Department", hq, staffing(0.8, 1.5))
            .mv());
    plans.add(
        unit(
            ANTI_CORRUPTION,
            "Anti-Corruption Unit",
            hq,
            staffing(0.3, 0.3),
            SensitivityFlag.INTELLIGENCE));
    plans.add(unit("human-resources", "Human Resources", hq, new Staffing(0.2, 4, 0, 0, 0, 1)));
    // Finance posts are management vetted: the APP lists finance among designated posts.
    plans.add(unit("finance", "Finance", hq, staffing(0, 3)).mv());
    plans.add(
        unit("digital-services", "Digital Services", hq, new Staffing(0.1, 6, 0, 0, 40, 0))
            .contractors(ClearanceLevel.NPPV3));
    plans.add(
        unit("estates", "Estates and Facilities", hq, new Staffing(0, 3, 0, 0, 20, 0))
            .contractors(ClearanceLevel.NPPV1));
    plans.add(
        unit("fleet-services", "Fleet Services", hq, new Staffing(0, 1.5, 0, 0, 10, 0))
            .contractors(ClearanceLevel.NPPV1));
    plans.add(
        unit(
            "learning-and-development",
            "Learning and Development",
            hq,
            new Staffing(1, 2, 0, 0, 8, 0)));
    plans.add(unit(INFORMATION_MANAGEMENT, "Information Management", hq, staffing(0.1, 3)));
    plans.add(unit("force-vetting-unit", "Force Vetting Unit", hq, staffing(0, 1.5)).mv());
    plans.add(unit("corporate-communications", "Corporate Communications", hq, staffing(0, 1)));
    plans.add(unit(FIREARMS_LICENSING, "Firearms Licensing", hq, staffing(0.2, 2)));
    plans.add(unit(CHIEF_OFFICER_TEAM, "Chief Officer Team", hq, staffing(0.05, 0.3)).mv());
    plans.add(
        unit(
            "citizens-in-policing",
            "Citizens in Policing",
            hq,
            new Staffing(0.2, 0.3, 0, 5, 0, 50)));
    return new UnitCatalogue(plans);
  }

  private static Staffing staffing(double officers, double staff) {
    return new Staffing(officers, staff, 0, 0, 0, 0);
  }

  private static UnitPlan unit(
      String code, String name, String collarCode, Staffing staffing, SensitivityFlag... flags) {
    Set<SensitivityFlag> set = EnumSet.noneOf(SensitivityFlag.class);
    set.addAll(List.of(flags));
    // Every sensitive post is management vetted (DOMAIN.md §4.1: covert, intelligence...).
    return new UnitPlan(
        new Unit(code, name, set),
        collarCode,
        staffing,
        !set.isEmpty(),
        ClearanceLevel.NPPV2A,
        null,
        0);
  }

  int size() {
    return plans.size();
  }

  UnitPlan plan(int index) {
    return plans.get(index);
  }

  int indexOf(String code) {
    Integer index = indexByCode.get(code);
    if (index == null) {
      throw new IllegalArgumentException("no unit " + code);
    }
    return index;
  }

  List<Unit> units() {
    return plans.stream().map(UnitPlan::unit).toList();
  }

  List<String> collarCodes() {
    return collarCodes;
  }

  int collarIndex(int unitIndex) {
    return collarIndexByUnit[unitIndex];
  }

  int draw(PersonKind kind, SplittableRandom rng) {
    return choiceByKind[kind.ordinal()].draw(rng);
  }
}
