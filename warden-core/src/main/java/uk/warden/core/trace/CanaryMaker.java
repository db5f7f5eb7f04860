package uk.warden.core.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Makes an extract's canaries: people who do not exist, looking like the real rows beside them.
 * Each grows from HMAC(key, extract id, number), so the same extract always gets the same canaries
 * and no two extracts share one. Identifiers keep the shape of real ones (a pay number's prefix,
 * length and digit count) with fresh digits no real person or earlier canary holds; rank, unit and
 * other shared columns take values real rows have.
 */
final class CanaryMaker {

  private static final int TRIES = 1000;
  private static final double TWO_FORENAMES = 0.3;

  private final TraceKey key;

  CanaryMaker(TraceKey key) {
    this.key = key;
  }

  /**
   * {@code inUse} answers for an identifier or a full name ("forenames surname") that belongs to a
   * real person or an earlier canary.
   */
  List<List<String>> make(
      String extractId,
      ColumnRoles roles,
      List<List<String>> rows,
      int count,
      Predicate<String> inUse) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Set<String> taken = identifiersIn(roles, rows);
    Set<String> namesTaken = new HashSet<>();
    boolean hasIdentifier =
        roles.roles().stream()
            .anyMatch(r -> r == ColumnRole.PAY_NUMBER || r == ColumnRole.IDENTIFIER);
    List<List<String>> canaries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SplittableRandom random = new SplittableRandom(key.hash("canary|" + extractId + "|" + i));
      String[] name = freshName(random, hasIdentifier, inUse, namesTaken);
      List<String> canary = new ArrayList<>(roles.roles().size());
      for (int column = 0; column < roles.roles().size(); column++) {
        String template = template(rows, column, random);
        canary.add(
            switch (roles.role(column)) {
              case PAY_NUMBER, IDENTIFIER ->
                  template.isBlank()
                      ? template
                      : freshIdentifier(template, name, random, taken, inUse);
              case SURNAME -> styled(name[1], template);
              case FORENAMES -> styled(name[0], template);
              case FULL_NAME -> styled(name[0] + " " + name[1], template);
              case OTHER -> template;
            });
      }
      canaries.add(List.copyOf(canary));
    }
    return canaries;
  }

  /**
   * Forenames and surname. Without an identifier column the name is all that marks the canary, so
   * it must be nobody's.
   */
  private static String[] freshName(
      SplittableRandom random, boolean hasIdentifier, Predicate<String> inUse, Set<String> taken) {
    for (int attempt = 0; attempt < TRIES; attempt++) {
      String forenames = pick(CanaryNames.FORENAMES, random);
      if (random.nextDouble() < TWO_FORENAMES) {
        forenames += " " + pick(CanaryNames.FORENAMES, random);
      }
      String surname = pick(CanaryNames.SURNAMES, random);
      String full = forenames + " " + surname;
      if (hasIdentifier || (!inUse.test(full) && taken.add(full.toLowerCase(Locale.ROOT)))) {
        return new String[] {forenames, surname};
      }
    }
    throw new IllegalStateException("no canary name is free: every one tried is in use");
  }

  private static String freshIdentifier(
      String template,
      String[] name,
      SplittableRandom random,
      Set<String> taken,
      Predicate<String> inUse) {
    for (int attempt = 0; attempt < TRIES; attempt++) {
      String value =
          template.contains("@")
              ? email(template, name, attempt, random)
              : widened(reshaped(template, random), attempt, random);
      if (!value.isBlank() && !inUse.test(value) && taken.add(normalised(value))) {
        return value;
      }
    }
    throw new IllegalStateException(
        "no free canary identifier in the shape of the extract's own: every one tried is in use");
  }

  /**
   * A short identifier's shape can be used up by the real ones (every two-digit collar number in a
   * small force): after a hundred tries in the shape, each further hundred adds a digit, so a
   * canary is always found and is still an identifier of the column's kind.
   */
  private static String widened(String value, int attempt, SplittableRandom random) {
    StringBuilder wider = new StringBuilder(value);
    for (int extra = attempt / 100; extra > 0; extra--) {
      wider.append((char) ('0' + random.nextInt(10)));
    }
    return wider.toString();
  }

  /** Same length, letters where letters were, digits where digits were. */
  private static String reshaped(String template, SplittableRandom random) {
    long digits = template.chars().filter(Character::isDigit).count();
    // A pay number's letters are usually a fixed prefix; keep them when the digits give room.
    boolean keepLetters = digits >= 3;
    StringBuilder value = new StringBuilder(template.length());
    for (char c : template.toCharArray()) {
      if (Character.isDigit(c)) {
        value.append((char) ('0' + random.nextInt(10)));
      } else if (Character.isLetter(c) && !keepLetters) {
        char letter = (char) ('a' + random.nextInt(26));
        value.append(Character.isUpperCase(c) ? Character.toUpperCase(letter) : letter);
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }

  private static String email(
      String template, String[] name, int attempt, SplittableRandom random) {
    String domain = template.substring(template.indexOf('@'));
    String local =
        (name[0].split(" ")[0] + "." + name[1]).toLowerCase(Locale.ROOT)
            + (attempt == 0 ? "" : Integer.toString(random.nextInt(100)));
    return local + domain;
  }

  /** Upper-case where the extract writes names in capitals, as some HR systems do. */
  private static String styled(String value, String template) {
    boolean capitals =
        template.chars().anyMatch(Character::isLetter)
            && template.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    return capitals ? value.toUpperCase(Locale.ROOT) : value;
  }

  private static String template(List<List<String>> rows, int column, SplittableRandom random) {
    for (int attempt = 0; attempt < 8; attempt++) {
      List<String> row = rows.get(random.nextInt(rows.size()));
      if (column < row.size() && !row.get(column).isBlank()) {
        return row.get(column);
      }
    }
    return "";
  }

  private static Set<String> identifiersIn(ColumnRoles roles, List<List<String>> rows) {
    Set<String> values = new HashSet<>();
    for (List<String> row : rows) {
      for (int column = 0; column < row.size(); column++) {
        ColumnRole role = roles.role(column);
        if (role == ColumnRole.PAY_NUMBER || role == ColumnRole.IDENTIFIER) {
          values.add(normalised(row.get(column)));
        }
      }
    }
    return values;
  }

  private static String normalised(String value) {
    return value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  private static String pick(String[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }
}
