package uk.warden.inspect.format.pdf;

import java.util.Locale;

/**
 * Bounds on the work one PDF may cause, so that a hostile file (a drawing that draws itself, a
 * thousand forms each drawing a thousand more, a page of millions of glyphs) ends in a refusal
 * rather than a hang. The numbers are far above what real documents need: a dense page of text has
 * about 10,000 glyphs and 50,000 drawing instructions, a detailed map a few hundred thousand.
 * PDFBox parses roughly half a million to a million instructions a second, which bounds a refusal's
 * time.
 */
final class ReadBudget {

  static final int MAX_FORM_DEPTH = 24;
  static final int MAX_GRAPHICS_DEPTH = 1_024;
  static final int MAX_MARKED_CONTENT_DEPTH = 1_024;
  private static final int FORM_COST = 20;

  private final long maxOperatorsPerPage;
  private final long maxOperators;
  private final int maxGlyphsPerPage;
  private final int maxPaintsPerPage;
  private final long maxCoverChecksPerPage;
  private final long maxTextChars;

  private int page;
  private long pageOperators;
  private long operators;
  private int pageGlyphs;
  private int pagePaints;
  private long pageCoverChecks;
  private long textChars;

  ReadBudget(
      long maxOperatorsPerPage,
      long maxOperators,
      int maxGlyphsPerPage,
      int maxPaintsPerPage,
      long maxCoverChecksPerPage,
      long maxTextChars) {
    this.maxOperatorsPerPage = maxOperatorsPerPage;
    this.maxOperators = maxOperators;
    this.maxGlyphsPerPage = maxGlyphsPerPage;
    this.maxPaintsPerPage = maxPaintsPerPage;
    this.maxCoverChecksPerPage = maxCoverChecksPerPage;
    this.maxTextChars = maxTextChars;
  }

  static ReadBudget standard() {
    return new ReadBudget(1_000_000, 25_000_000, 400_000, 250_000, 200_000_000L, 50_000_000);
  }

  void startPage(int number) {
    page = number;
    pageOperators = 0;
    pageGlyphs = 0;
    pagePaints = 0;
    pageCoverChecks = 0;
  }

  void operator() {
    if (++pageOperators > maxOperatorsPerPage) {
      throw new PdfLimitExceeded(
          "page "
              + page
              + " has more than "
              + count(maxOperatorsPerPage)
              + " drawing instructions (a drawing that repeats itself?)");
    }
    if (++operators > maxOperators) {
      throw new PdfLimitExceeded(
          "the file has more than " + count(maxOperators) + " drawing instructions in all");
    }
  }

  /**
   * Drawing a form costs far more than one instruction: PDFBox parses its content afresh each time.
   */
  void form() {
    for (int i = 0; i < FORM_COST; i++) {
      operator();
    }
  }

  void glyph() {
    if (++pageGlyphs > maxGlyphsPerPage) {
      throw new PdfLimitExceeded(
          "page " + page + " draws more than " + count(maxGlyphsPerPage) + " characters");
    }
  }

  void paint() {
    if (++pagePaints > maxPaintsPerPage) {
      throw new PdfLimitExceeded(
          "page " + page + " draws more than " + count(maxPaintsPerPage) + " filled shapes");
    }
  }

  void coverChecks(long checks) {
    pageCoverChecks += checks;
    if (pageCoverChecks > maxCoverChecksPerPage) {
      throw new PdfLimitExceeded(
          "page " + page + " is too complex to check every character for shapes drawn over it");
    }
  }

  void text(long chars) {
    textChars += chars;
    if (textChars > maxTextChars) {
      throw new PdfLimitExceeded(
          "the file holds more than " + count(maxTextChars) + " characters of text");
    }
  }

  int page() {
    return page;
  }

  static String count(long value) {
    return String.format(Locale.UK, "%,d", value);
  }
}
