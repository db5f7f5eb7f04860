package uk.warden.inspect.format.word;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A run being read: its direct formatting, and which hidings it has been counted for. */
final class Run {
  RunFormat direct = RunFormat.NONE;
  @Nullable String characterStyle;
  boolean shaded;
  final Set<Hiding> counted = EnumSet.noneOf(Hiding.class);
  private @Nullable Hiding hiding;
  private boolean resolved;

  @Nullable Hiding hiding(HidingRules rules, Paragraph paragraph) {
    if (!resolved) {
      hiding = rules.hiding(this, paragraph);
      resolved = true;
    }
    return hiding;
  }
}
