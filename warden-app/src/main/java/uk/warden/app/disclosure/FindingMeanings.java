package uk.warden.app.disclosure;

import java.util.EnumMap;
import java.util.Map;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.policy.Codes;

/**
 * What a finding or column code means, in words for the person deciding whether a file may leave.
 * Hidden-content codes use the engine's own descriptions; personal-data types and the policy's
 * codes are described here. A code Warden does not know yet is shown as it is.
 */
public final class FindingMeanings {

  private static final Map<EntityType, String> TYPES = new EnumMap<>(EntityType.class);

  static {
    TYPES.put(EntityType.PERSON_NAME, "people's names");
    TYPES.put(EntityType.EMAIL, "e-mail addresses");
    TYPES.put(EntityType.UK_PHONE, "UK telephone numbers");
    TYPES.put(EntityType.UK_POSTCODE, "UK postcodes (addresses)");
    TYPES.put(EntityType.UK_NINO, "National Insurance numbers");
    TYPES.put(EntityType.UK_NHS_NUMBER, "NHS numbers");
    TYPES.put(EntityType.UK_DRIVING_LICENCE, "UK driving licence numbers");
    TYPES.put(EntityType.UK_PASSPORT, "UK passport numbers");
    TYPES.put(EntityType.UK_VEHICLE_REG, "vehicle registration marks");
    TYPES.put(EntityType.UK_SORT_CODE, "bank sort codes");
    TYPES.put(EntityType.UK_BANK_ACCOUNT, "bank account numbers");
    TYPES.put(EntityType.CARD_NUMBER, "payment card numbers");
    TYPES.put(EntityType.IBAN, "international bank account numbers (IBAN)");
    TYPES.put(EntityType.IP_ADDRESS, "IP addresses");
    TYPES.put(EntityType.DATE_OF_BIRTH, "dates of birth");
    TYPES.put(EntityType.POLICE_RANK, "police ranks");
    TYPES.put(EntityType.PAY_NUMBER, "pay or staff numbers");
    TYPES.put(EntityType.COLLAR_NUMBER, "collar or shoulder numbers");
    TYPES.put(EntityType.SECRET, "passwords, access codes or keys");
  }

  private static final Map<String, String> OTHERS =
      Map.of(
          Codes.WORKFORCE_MATCH,
          "names or numbers matching people in the force's own register",
          Codes.HIGH_RISK_COMBINATION,
          "identity joined with rank, unit, location, vetting or photo: what made the 2023"
              + " breaches dangerous",
          Codes.ROW_LEVEL_DATA,
          "a table of identifiable people, row by row",
          "UNIT",
          "units or departments",
          "LOCATION",
          "work locations",
          "VETTING",
          "vetting levels",
          "PHOTO",
          "photographs or photo references");

  private FindingMeanings() {}

  public static String of(String code) {
    for (HiddenContent hidden : HiddenContent.values()) {
      if (hidden.name().equals(code)) {
        return hidden.description();
      }
    }
    for (EntityType type : EntityType.values()) {
      if (type.name().equals(code)) {
        return TYPES.getOrDefault(type, code);
      }
    }
    return OTHERS.getOrDefault(code, code);
  }
}
