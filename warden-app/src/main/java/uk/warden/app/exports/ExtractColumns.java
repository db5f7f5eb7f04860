package uk.warden.app.exports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;

/**
 * Which columns an extract may carry: one or more per data category the register holds, in a fixed
 * order, so that an agreement's permitted categories decide the columns and nothing else does.
 */
public final class ExtractColumns {

  /** A column of an extract: its header, the category it discloses, and its value for a person. */
  public record Column(String header, String category, Function<Person, String> value) {}

  private static final List<Column> ALL =
      List.of(
          new Column("pay_number", "user.workforce.pay_number", Person::payNumber),
          new Column("surname", "user.name", Person::surname),
          new Column("forenames", "user.name", Person::forenames),
          new Column(
              "collar_number",
              "user.workforce.collar_number",
              p -> id(p, IdentifierKind.COLLAR_NUMBER)),
          new Column(
              "warrant_number",
              "user.workforce.warrant_number",
              p -> id(p, IdentifierKind.WARRANT_NUMBER)),
          new Column(
              "card_serial", "user.workforce.card_serial", p -> id(p, IdentifierKind.CARD_SERIAL)),
          new Column(
              "rank",
              "user.workforce.rank",
              p -> p.rankCode() != null ? p.rankCode() : text(p.grade())),
          new Column("unit", "user.workforce.unit", p -> text(p.unitCode())),
          new Column("vetting_level", "user.workforce.vetting_level", ExtractColumns::clearances),
          new Column(
              "specialist_roles",
              "user.workforce.role_sensitivity",
              p -> p.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(";"))),
          new Column(
              "employment_status", "user.workforce.employment_record", p -> p.status().name()),
          new Column("photo_ref", "user.biometric.photo", p -> text(p.photoRef())));

  private ExtractColumns() {}

  public static List<Column> all() {
    return ALL;
  }

  /** The columns the categories permit, in the fixed order. */
  public static List<Column> permittedBy(Set<String> categories) {
    List<Column> columns = new ArrayList<>();
    for (Column column : ALL) {
      if (categories.contains(column.category())) {
        columns.add(column);
      }
    }
    return columns;
  }

  /** The categories an extract with these columns discloses: what the ledger records. */
  public static Set<String> categoriesOf(List<Column> columns) {
    Set<String> categories = new LinkedHashSet<>();
    columns.forEach(c -> categories.add(c.category()));
    return categories;
  }

  private static String id(Person person, IdentifierKind kind) {
    return person.identifiers().stream()
        .filter(i -> i.kind() == kind)
        .map(PersonIdentifier::value)
        .findFirst()
        .orElse("");
  }

  private static String clearances(Person person) {
    return person.clearances().stream()
        .map(Clearance::level)
        .map(Enum::name)
        .distinct()
        .collect(Collectors.joining(";"));
  }

  private static String text(@org.jspecify.annotations.Nullable String value) {
    return value == null ? "" : value;
  }
}
