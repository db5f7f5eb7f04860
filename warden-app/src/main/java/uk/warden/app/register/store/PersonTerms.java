package uk.warden.app.register.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.inspect.workforce.IdentifierKind;
import uk.warden.inspect.workforce.WorkforceIndex;

/**
 * The keyed hashes a person is found by, in place of their names and identifiers. All are made the
 * way the disclosure guard's workforce index makes its hashes (normalised: upper case, accents and
 * punctuation gone), so that index is built from these without a plaintext roster: name tokens and
 * whole names as {@link IdentifierKind#FULL_NAME}, surname and initial as {@link
 * IdentifierKind#SURNAME_INITIAL}, identifiers as {@link IdentifierKind#COLLAR_NUMBER} (whose
 * normalisation drops spaces and dashes from any number).
 */
final class PersonTerms {

  /** One name token ("O'Neill" gives O and NEILL): what a search by name matches. */
  static final String NAME = "NAME";

  /** The kinds the workforce index is built from. */
  static final List<String> WORKFORCE =
      List.of(
          IdentifierKind.FULL_NAME.name(),
          IdentifierKind.SURNAME_INITIAL.name(),
          uk.warden.core.register.IdentifierKind.COLLAR_NUMBER.name());

  /** The kinds a search by identifier matches. */
  static final List<String> IDENTIFIERS =
      List.of(
          uk.warden.core.register.IdentifierKind.COLLAR_NUMBER.name(),
          uk.warden.core.register.IdentifierKind.WARRANT_NUMBER.name(),
          uk.warden.core.register.IdentifierKind.CARD_SERIAL.name());

  record Term(String kind, long hash) {}

  /** The workforce index's kind of a stored hash of one of the {@link #WORKFORCE} kinds. */
  static IdentifierKind workforceKind(String stored) {
    return stored.equals(uk.warden.core.register.IdentifierKind.COLLAR_NUMBER.name())
        ? IdentifierKind.COLLAR_NUMBER
        : IdentifierKind.valueOf(stored);
  }

  private PersonTerms() {}

  static List<Term> of(SealedDetails p, WorkforceIndex.Hasher hasher) {
    List<Term> terms = new ArrayList<>(8);
    for (String token : nameTokens(p.forenames() + " " + p.surname())) {
      add(terms, NAME, hasher.hash(IdentifierKind.FULL_NAME, token));
    }
    add(
        terms,
        IdentifierKind.FULL_NAME.name(),
        hasher.hash(IdentifierKind.FULL_NAME, p.forenames() + " " + p.surname()));
    add(
        terms,
        IdentifierKind.SURNAME_INITIAL.name(),
        hasher.hash(
            IdentifierKind.SURNAME_INITIAL,
            IdentifierKind.surnameInitial(p.forenames(), p.surname())));
    for (PersonIdentifier id : p.identifiers()) {
      add(terms, id.kind().name(), identifier(hasher, id.value()));
    }
    return terms;
  }

  /** The distinct normalised tokens of a name or of a search for one. */
  static Set<String> nameTokens(String text) {
    Set<String> tokens = new LinkedHashSet<>();
    for (String token : IdentifierKind.FULL_NAME.normalise(text).split(" ")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  static OptionalLong name(WorkforceIndex.Hasher hasher, String token) {
    return hasher.hash(IdentifierKind.FULL_NAME, token);
  }

  static OptionalLong identifier(WorkforceIndex.Hasher hasher, String value) {
    return hasher.hash(IdentifierKind.COLLAR_NUMBER, value);
  }

  private static void add(List<Term> terms, String kind, OptionalLong hash) {
    if (hash.isPresent()) {
      terms.add(new Term(kind, hash.getAsLong()));
    }
  }
}
