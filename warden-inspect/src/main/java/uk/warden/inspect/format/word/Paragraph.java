package uk.warden.inspect.format.word;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A paragraph being read: its visible text, and the text that cannot be seen, by reason. */
final class Paragraph {

  private final int number;
  private final @Nullable String container;
  final StringBuilder visible = new StringBuilder();
  final StringBuilder deleted = new StringBuilder();
  final Map<Hiding, StringBuilder> hidden = new EnumMap<>(Hiding.class);
  @Nullable String style;
  boolean shaded;

  Paragraph(int number, @Nullable String container) {
    this.number = number;
    this.container = container;
  }

  int number() {
    return number;
  }

  /** The comment or note this paragraph belongs to, when it does. */
  @Nullable String container() {
    return container;
  }

  String label() {
    return container != null ? container : "paragraph " + number;
  }

  StringBuilder hidden(Hiding hiding) {
    return hidden.computeIfAbsent(hiding, h -> new StringBuilder());
  }
}
