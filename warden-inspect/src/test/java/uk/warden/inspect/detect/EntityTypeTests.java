package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.DataTaxonomy;

class EntityTypeTests {

  @Test
  void hasExactlyTheCodesOfTheIssue() {
    assertThat(Arrays.stream(EntityType.values()).map(Enum::name))
        .containsExactly(
            "PERSON_NAME",
            "EMAIL",
            "UK_PHONE",
            "UK_POSTCODE",
            "UK_NINO",
            "UK_NHS_NUMBER",
            "UK_DRIVING_LICENCE",
            "UK_PASSPORT",
            "UK_VEHICLE_REG",
            "UK_SORT_CODE",
            "UK_BANK_ACCOUNT",
            "CARD_NUMBER",
            "IBAN",
            "IP_ADDRESS",
            "DATE_OF_BIRTH",
            "POLICE_RANK",
            "PAY_NUMBER",
            "COLLAR_NUMBER",
            "SECRET");
  }

  @Test
  void namesOnlyCategoriesTheTaxonomyKnows() {
    DataTaxonomy taxonomy = DataTaxonomy.standard();
    for (EntityType type : EntityType.values()) {
      type.categoryKey().ifPresent(key -> assertThat(taxonomy.knows(key)).as(key).isTrue());
    }
  }
}
