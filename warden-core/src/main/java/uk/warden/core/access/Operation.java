package uk.warden.core.access;

import java.util.Locale;
import java.util.Optional;

/**
 * The processing operations DPA 2018 s.62 requires automated systems to log (DOMAIN.md §2.2). The
 * reading operations are those that put records in front of someone or send them somewhere: they
 * are what a bulk look-up is made of.
 */
public enum Operation {
  COLLECT,
  ALTER,
  CONSULT,
  DISCLOSE,
  COMBINE,
  ERASE;

  /** Consultation, disclosure and combination expose records; the others change them. */
  public boolean reads() {
    return this == CONSULT || this == DISCLOSE || this == COMBINE;
  }

  /**
   * Parses an operation as systems write it: the s.62 names, or the verbs logs commonly use ({@code
   * view}, {@code search}, {@code export}, {@code update}, {@code delete}...).
   */
  public static Optional<Operation> parse(String text) {
    // The names as Warden writes them first, without normalising: the common case in a log.
    switch (text) {
      case "CONSULT":
        return Optional.of(CONSULT);
      case "DISCLOSE":
        return Optional.of(DISCLOSE);
      case "ALTER":
        return Optional.of(ALTER);
      case "COLLECT":
        return Optional.of(COLLECT);
      case "COMBINE":
        return Optional.of(COMBINE);
      case "ERASE":
        return Optional.of(ERASE);
      default:
        break;
    }
    String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Optional.ofNullable(
        switch (key) {
          case "COLLECT", "CREATE", "INSERT", "ADD", "RECORD" -> COLLECT;
          case "ALTER", "UPDATE", "EDIT", "AMEND", "MODIFY" -> ALTER;
          case "CONSULT", "READ", "VIEW", "SEARCH", "QUERY", "LOOKUP", "LOOK_UP", "OPEN" -> CONSULT;
          case "DISCLOSE", "EXPORT", "SHARE", "SEND", "PRINT", "DOWNLOAD", "TRANSFER" -> DISCLOSE;
          case "COMBINE", "MATCH", "JOIN", "LINK" -> COMBINE;
          case "ERASE", "DELETE", "REMOVE", "PURGE" -> ERASE;
          default -> null;
        });
  }
}
