package uk.warden.core.breach;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.warden.core.register.DataCategory;
import uk.warden.core.register.DataTaxonomy;

/**
 * Maps Warden's data categories onto the ICO form's tick-list (DOMAIN.md §1.3). Police categories
 * with no tick box of their own (rank, unit, vetting level) go to {@link IcoDataCategory#OTHER} and
 * are named in its free text. A key the mapping does not know is reported as other too, never
 * dropped.
 */
public final class IcoCategoryMapping {

  private static final String PHOTO = "user.biometric.photo";

  private final Map<String, Set<IcoDataCategory>> byKey;

  private IcoCategoryMapping(Map<String, Set<IcoDataCategory>> byKey) {
    Map<String, Set<IcoDataCategory>> copy = new HashMap<>();
    byKey.forEach(
        (key, value) -> copy.put(key, Collections.unmodifiableSet(EnumSet.copyOf(value))));
    this.byKey = Map.copyOf(copy);
  }

  /** The mapping for the standard taxonomy, with photographs as basic identifiers. */
  public static IcoCategoryMapping standard() {
    Map<String, Set<IcoDataCategory>> map = new HashMap<>();
    IcoDataCategory basic = IcoDataCategory.BASIC_PERSONAL_IDENTIFIERS;
    IcoDataCategory identification = IcoDataCategory.IDENTIFICATION_DATA;
    IcoDataCategory documents = IcoDataCategory.OFFICIAL_DOCUMENTS;
    IcoDataCategory financial = IcoDataCategory.ECONOMIC_FINANCIAL;
    IcoDataCategory criminal = IcoDataCategory.CRIMINAL_CONVICTIONS_OFFENCES;
    put(map, basic, "user.name", "user.contact.email", "user.contact.phone_number");
    put(map, basic, "user.contact.address", "user.demographic.date_of_birth", PHOTO);
    put(map, IcoDataCategory.RACIAL_ETHNIC_ORIGIN, "user.demographic.racial_ethnic_origin");
    put(map, IcoDataCategory.RELIGIOUS_PHILOSOPHICAL_BELIEFS, "user.demographic.religious_belief");
    put(map, IcoDataCategory.SEXUAL_ORIENTATION, "user.demographic.sexual_orientation");
    put(map, IcoDataCategory.HEALTH, "user.health_and_medical");
    put(map, IcoDataCategory.GENETIC_BIOMETRIC, "user.biometric.fingerprint");
    put(map, financial, "user.financial.bank_account", "user.financial.salary");
    put(map, financial, "user.workforce.pension");
    put(map, documents, "user.government_id.national_insurance_number");
    put(map, documents, "user.government_id.driving_licence_number");
    put(map, documents, "user.government_id.passport_number", "user.workforce.card_serial");
    put(map, identification, "user.workforce.pay_number", "user.workforce.collar_number");
    put(map, identification, "user.workforce.account");
    map.put("user.workforce.warrant_number", EnumSet.of(documents, identification));
    put(map, IcoDataCategory.LOCATION_DATA, "user.workforce.work_location");
    put(map, IcoDataCategory.TRADE_UNION_MEMBERSHIP, "user.workforce.trade_union");
    put(map, criminal, "user.criminal_history", "user.law_enforcement.suspect");
    return new IcoCategoryMapping(map);
  }

  /** Photographs used for facial recognition are biometric data, not just an identifier. */
  public IcoCategoryMapping photosUsedForFacialRecognition() {
    return with(PHOTO, EnumSet.of(IcoDataCategory.GENETIC_BIOMETRIC));
  }

  /** A copy that maps {@code key} to {@code categories} (a force's own category, say). */
  public IcoCategoryMapping with(String key, Set<IcoDataCategory> categories) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("category " + key + " must map to a tick box");
    }
    Map<String, Set<IcoDataCategory>> copy = new HashMap<>(byKey);
    copy.put(key, categories);
    return new IcoCategoryMapping(copy);
  }

  /** The tick boxes for one key; {@code OTHER} when the form has none for it. */
  public Set<IcoDataCategory> categoriesOf(String key) {
    return byKey.getOrDefault(key, Set.of(IcoDataCategory.OTHER));
  }

  /**
   * The tick boxes for the exposed keys, and the names of the categories ticked as other; with no
   * keys, the answer is "not yet known".
   */
  public Mapped map(Collection<String> keys, DataTaxonomy taxonomy) {
    if (keys.isEmpty()) {
      return new Mapped(EnumSet.of(IcoDataCategory.NOT_YET_KNOWN), List.of());
    }
    Set<IcoDataCategory> ticked = EnumSet.noneOf(IcoDataCategory.class);
    Set<String> other = new TreeSet<>();
    for (String key : keys) {
      Set<IcoDataCategory> categories = categoriesOf(key);
      ticked.addAll(categories);
      if (categories.contains(IcoDataCategory.OTHER)) {
        other.add(taxonomy.find(key).map(DataCategory::name).orElse(key));
      }
    }
    return new Mapped(ticked, List.copyOf(other));
  }

  /** Tick boxes, and the names to write beside "other". */
  public record Mapped(Set<IcoDataCategory> categories, List<String> other) {
    public Mapped {
      Set<IcoDataCategory> copy = EnumSet.noneOf(IcoDataCategory.class);
      copy.addAll(categories);
      categories = Collections.unmodifiableSet(copy);
      other = List.copyOf(other);
    }
  }

  private static void put(
      Map<String, Set<IcoDataCategory>> map, IcoDataCategory category, String... keys) {
    for (String key : keys) {
      map.put(key, EnumSet.of(category));
    }
  }
}
