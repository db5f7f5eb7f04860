package uk.warden.core.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The role of each column of a table, and the person keys of a row under those roles: one key per
 * pay number or identifier cell and one for the name spread over the name cells, the primary key
 * first.
 */
public record ColumnRoles(List<ColumnRole> roles) {

  /** Header names as suppliers' agreements and HR systems spell them, lower-cased with "_". */
  private static final Map<String, ColumnRole> BY_HEADER =
      Map.ofEntries(
          Map.entry("pay_number", ColumnRole.PAY_NUMBER),
          Map.entry("pay_no", ColumnRole.PAY_NUMBER),
          Map.entry("payroll_number", ColumnRole.PAY_NUMBER),
          Map.entry("employee_number", ColumnRole.PAY_NUMBER),
          Map.entry("staff_number", ColumnRole.PAY_NUMBER),
          Map.entry("service_number", ColumnRole.PAY_NUMBER),
          Map.entry("collar_number", ColumnRole.IDENTIFIER),
          Map.entry("shoulder_number", ColumnRole.IDENTIFIER),
          Map.entry("warrant_number", ColumnRole.IDENTIFIER),
          Map.entry("photo_ref", ColumnRole.IDENTIFIER),
          Map.entry("email", ColumnRole.IDENTIFIER),
          Map.entry("email_address", ColumnRole.IDENTIFIER),
          Map.entry("ni_number", ColumnRole.IDENTIFIER),
          Map.entry("username", ColumnRole.IDENTIFIER),
          Map.entry("surname", ColumnRole.SURNAME),
          Map.entry("last_name", ColumnRole.SURNAME),
          Map.entry("family_name", ColumnRole.SURNAME),
          Map.entry("forenames", ColumnRole.FORENAMES),
          Map.entry("forename", ColumnRole.FORENAMES),
          Map.entry("first_name", ColumnRole.FORENAMES),
          Map.entry("first_names", ColumnRole.FORENAMES),
          Map.entry("given_names", ColumnRole.FORENAMES),
          Map.entry("name", ColumnRole.FULL_NAME),
          Map.entry("full_name", ColumnRole.FULL_NAME),
          Map.entry("display_name", ColumnRole.FULL_NAME));

  public ColumnRoles {
    roles = List.copyOf(roles);
  }

  /** Roles from header names; a name it does not know is {@link ColumnRole#OTHER}. */
  public static ColumnRoles fromHeader(List<String> columns) {
    List<ColumnRole> roles = new ArrayList<>(columns.size());
    for (String column : columns) {
      String normalised = column.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
      roles.add(BY_HEADER.getOrDefault(normalised, ColumnRole.OTHER));
    }
    return new ColumnRoles(roles);
  }

  public boolean identifiesPeople() {
    return roles.stream().anyMatch(ColumnRole::identifies);
  }

  ColumnRole role(int column) {
    return column < roles.size() ? roles.get(column) : ColumnRole.OTHER;
  }

  /** The row's keys, primary first; empty when every identifying cell is blank. */
  long[] keysOf(TraceKey key, List<String> row) {
    long[] keys = new long[roles.size() + 1];
    int count = 0;
    List<String> nameParts = new ArrayList<>(2);
    for (int i = 0; i < row.size() && i < roles.size(); i++) {
      ColumnRole role = roles.get(i);
      String cell = row.get(i);
      if (role == ColumnRole.PAY_NUMBER || role == ColumnRole.IDENTIFIER) {
        KeyKind kind = role == ColumnRole.PAY_NUMBER ? KeyKind.PAY_NUMBER : KeyKind.IDENTIFIER;
        long k = PersonKeys.identifier(key, kind, cell);
        if (k != 0) {
          keys[count++] = k;
        }
      } else if (role.isName()) {
        nameParts.add(cell);
      }
    }
    long name = nameParts.isEmpty() ? 0 : PersonKeys.name(key, nameParts);
    if (name != 0) {
      keys[count++] = name;
    }
    return primaryFirst(keys, count);
  }

  private static long[] primaryFirst(long[] keys, int count) {
    long[] result = Arrays.copyOf(keys, count);
    for (int i = 1; i < count; i++) {
      if (KeyKind.outranks(result[i], result[0])) {
        long swap = result[0];
        result[0] = result[i];
        result[i] = swap;
      }
    }
    return result;
  }
}
