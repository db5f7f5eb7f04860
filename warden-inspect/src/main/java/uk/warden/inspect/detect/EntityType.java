package uk.warden.inspect.detect;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a detection is. Each type names the key of the register's data-category taxonomy ({@code
 * categories.yaml}) it is evidence of, where the taxonomy has one.
 */
public enum EntityType {
  PERSON_NAME("user.name"),
  EMAIL("user.contact.email"),
  UK_PHONE("user.contact.phone_number"),
  UK_POSTCODE("user.contact.address"),
  UK_NINO("user.government_id.national_insurance_number"),
  // The taxonomy has no key for the NHS number itself; it is an identifier, not health data.
  UK_NHS_NUMBER(null),
  UK_DRIVING_LICENCE("user.government_id.driving_licence_number"),
  UK_PASSPORT("user.government_id.passport_number"),
  UK_VEHICLE_REG("user.workforce.vehicle"),
  UK_SORT_CODE("user.financial.bank_account"),
  UK_BANK_ACCOUNT("user.financial.bank_account"),
  // No card key in the taxonomy yet (fideslang's user.financial.credit_card is not adopted).
  CARD_NUMBER(null),
  IBAN("user.financial.bank_account"),
  // No device or network key in the taxonomy yet.
  IP_ADDRESS(null),
  DATE_OF_BIRTH("user.demographic.date_of_birth"),
  POLICE_RANK("user.workforce.rank"),
  PAY_NUMBER("user.workforce.pay_number"),
  COLLAR_NUMBER("user.workforce.collar_number"),
  SECRET("user.workforce.account");

  private final @Nullable String categoryKey;

  EntityType(@Nullable String categoryKey) {
    this.categoryKey = categoryKey;
  }

  /** The data-category key this type is evidence of, if the taxonomy has one. */
  public Optional<String> categoryKey() {
    return Optional.ofNullable(categoryKey);
  }
}
