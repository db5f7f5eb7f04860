package uk.warden.core.register.importing;

import java.util.ArrayList;
import java.util.List;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.PersonIdentifier;

/**
 * Reads the identifiers besides the pay number. Collar numbers are worn on the shoulder and so
 * public-facing unless the file says otherwise; warrant numbers and card serials are internal.
 */
final class IdentifierColumns {

  private IdentifierColumns() {}

  static List<PersonIdentifier> read(RowCells cells) {
    List<PersonIdentifier> identifiers = new ArrayList<>();
    String collar = cells.text(PersonField.COLLAR_NUMBER);
    String collarUnit = cells.text(PersonField.COLLAR_UNIT);
    Boolean collarPublic = cells.parsed(PersonField.COLLAR_PUBLIC, Vocabulary::yesNo);
    if (collar != null) {
      identifiers.add(
          new PersonIdentifier(
              IdentifierKind.COLLAR_NUMBER,
              collar,
              collarUnit,
              collarPublic == null || collarPublic));
    }
    String warrant = cells.text(PersonField.WARRANT_NUMBER);
    if (warrant != null) {
      identifiers.add(new PersonIdentifier(IdentifierKind.WARRANT_NUMBER, warrant, null, false));
    }
    String card = cells.text(PersonField.CARD_SERIAL);
    if (card != null) {
      identifiers.add(new PersonIdentifier(IdentifierKind.CARD_SERIAL, card, null, false));
    }
    return identifiers;
  }
}
