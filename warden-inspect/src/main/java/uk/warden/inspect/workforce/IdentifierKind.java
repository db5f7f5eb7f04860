package uk.warden.inspect.workforce;

import java.text.Normalizer;
import java.util.Locale;

/** The identifiers matched, each with the normalisation both sides apply before hashing. */
public enum IdentifierKind {
  PAY_NUMBER,
  COLLAR_NUMBER,
  /** Forenames and surname: "Jane Ann O'Neill" and "JANE ANN O NEILL" match. */
  FULL_NAME,
  /** Surname and first initial, the way lists of officers are often written: "O'Neill J". */
  SURNAME_INITIAL;

  /** Upper case, accents and punctuation gone, single spaces; numbers lose spaces and dashes. */
  public String normalise(CharSequence value) {
    String text = Normalizer.normalize(value, Normalizer.Form.NFKD).toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        if (space && out.length() > 0 && (this == FULL_NAME || this == SURNAME_INITIAL)) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else if (Character.isWhitespace(c) || c == '-' || c == '\'' || c == '.') {
        space = true;
      }
    }
    return out.toString();
  }

  /** The surname-and-initial form of a person's names. */
  public static String surnameInitial(String forenames, String surname) {
    String first = FULL_NAME.normalise(forenames);
    return SURNAME_INITIAL.normalise(surname) + " " + (first.isEmpty() ? "" : first.charAt(0));
  }
}
