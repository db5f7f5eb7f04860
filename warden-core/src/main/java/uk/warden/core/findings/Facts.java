package uk.warden.core.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Builds a finding's evidence, writing numbers, dates and lists the same way everywhere. */
final class Facts {

  private final List<Fact> facts = new ArrayList<>();

  static Facts of() {
    return new Facts();
  }

  Facts add(String key, String label, @Nullable Object value) {
    facts.add(new Fact(key, label, text(value)));
    return this;
  }

  List<Fact> list() {
    return List.copyOf(facts);
  }

  static String text(@Nullable Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof Integer || value instanceof Long) {
      return count(((Number) value).longValue());
    }
    if (value instanceof Double number) {
      return decimal(number);
    }
    if (value instanceof LocalDate day) {
      return day.toString();
    }
    if (value instanceof Collection<?> items) {
      if (items.isEmpty()) {
        return "none";
      }
      List<String> parts = new ArrayList<>();
      for (Object item : items) {
        parts.add(text(item));
      }
      return String.join(", ", parts);
    }
    return String.valueOf(value);
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** One decimal place below 100, none above: 2.7, 38.0, 1,204. */
  static String decimal(double value) {
    return Math.abs(value) < 100
        ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%,.0f", value);
  }

  /** "1 live grant", "7 live grants". */
  static String plural(long count, String singular) {
    return count(count) + " " + singular + (count == 1 ? "" : "s");
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
