package uk.warden.inspect.format.pdf;

import java.util.List;

/**
 * What one page draws: its visible text, the text it hides (grouped by why), how much of the page
 * images cover, how many characters it draws in all, and whether some of its drawing instructions
 * could not be decoded (so that more may be there than was read).
 */
record PageDrawing(
    String visibleText,
    List<HiddenText> hidden,
    double imageCoverage,
    int characters,
    boolean damaged) {

  static PageDrawing empty() {
    return new PageDrawing("", List.of(), 0, 0, false);
  }

  PageDrawing asDamaged() {
    return new PageDrawing(visibleText, hidden, imageCoverage, characters, true);
  }

  /** Mostly image and no text at all: a scan nobody ran OCR on. */
  boolean imageOnly() {
    return characters == 0 && imageCoverage >= 0.5;
  }
}
