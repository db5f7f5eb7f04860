package uk.warden.core.register.importing;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Works out from the header row which column holds which field. A mapping, when given, decides for
 * the fields it names; every other field is matched by its own name.
 */
final class HeaderResolver {

  private final @Nullable ColumnMapping mapping;
  private final int maxCellLength;

  HeaderResolver(@Nullable ColumnMapping mapping, int maxCellLength) {
    this.mapping = mapping;
    this.maxCellLength = maxCellLength;
  }

  /** Resolves the header row, adding a problem at that row for anything that cannot be read. */
  Columns resolve(SourceRow header, ProblemLog problems) {
    Map<PersonField, Integer> indexes = new EnumMap<>(PersonField.class);
    Map<PersonField, String> headers = new EnumMap<>(PersonField.class);
    Set<String> ignored = new LinkedHashSet<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String text = header.cell(i).trim();
      if (text.isEmpty()) {
        continue;
      }
      if (text.length() > maxCellLength) {
        problems.at(
            header.number(),
            columnLetters(i),
            "header is longer than " + maxCellLength + " characters");
        continue;
      }
      Optional<PersonField> field = fieldFor(text);
      if (field.isEmpty()) {
        ignored.add(text);
        continue;
      }
      Integer first = indexes.putIfAbsent(field.get(), i);
      if (first != null) {
        problems.at(
            header.number(),
            text,
            "column appears twice (also column "
                + columnLetters(first)
                + "): remove one so Warden knows which to read");
      } else {
        headers.put(field.get(), text);
      }
    }
    reportMissing(header.number(), indexes, problems);
    return new Columns(indexes, headers, List.copyOf(ignored));
  }

  private Optional<PersonField> fieldFor(String headerText) {
    if (mapping != null) {
      Optional<PersonField> mapped = mapping.fieldFor(headerText);
      if (mapped.isPresent()) {
        return mapped;
      }
    }
    // A field the mapping points elsewhere must not also be claimed by a column of its own name:
    // the mapping says which column is the right one.
    return PersonField.named(headerText).filter(f -> mapping == null || !mapping.maps(f));
  }

  private void reportMissing(
      int headerRow, Map<PersonField, Integer> indexes, ProblemLog problems) {
    for (PersonField field : PersonField.values()) {
      if (indexes.containsKey(field)) {
        continue;
      }
      Optional<String> mapped = mapping == null ? Optional.empty() : mapping.headerFor(field);
      if (mapped.isPresent()) {
        problems.at(
            headerRow,
            field.fieldName(),
            "the mapping names column '" + mapped.get() + "' but the file has no such column");
      } else if (field.required()) {
        problems.at(
            headerRow,
            field.fieldName(),
            "required column is missing: add a column headed '"
                + field.fieldName()
                + "' or map one with --mapping");
      }
    }
  }

  /** Spreadsheet column letters (0 is A, 26 is AA) so users find the column they must fix. */
  static String columnLetters(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
