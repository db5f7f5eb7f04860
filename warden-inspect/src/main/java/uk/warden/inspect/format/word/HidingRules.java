package uk.warden.inspect.format.word;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a run can be seen. Hidden formatting and tiny fonts are certain. White text is
 * only counted as hidden where the background is known to be white: not on shading, highlight or a
 * page colour, and not inside text boxes or styled tables, whose fills come from shape and table
 * styles this reader does not resolve (white text on a dark banner is ordinary design).
 */
final class HidingRules {

  private final WordStyles styles;
  private final StoryState state;

  HidingRules(WordStyles styles, StoryState state) {
    this.styles = styles;
    this.state = state;
  }

  @Nullable Hiding hiding(Run run, Paragraph paragraph) {
    RunFormat format = run.direct.over(styles.resolve(paragraph.style, run.characterStyle));
    if (format.hidden()) {
      return Hiding.VANISH;
    }
    if (format.tiny()) {
      return Hiding.TINY;
    }
    if (format.white() && !run.shaded && !paragraph.shaded && state.backgroundKnownWhite()) {
      return Hiding.WHITE;
    }
    return null;
  }

  /** What the reader knows of the surroundings of the current run. */
  interface StoryState {
    /** The page, table cell and any container around the run are known to be white. */
    boolean backgroundKnownWhite();
  }
}
