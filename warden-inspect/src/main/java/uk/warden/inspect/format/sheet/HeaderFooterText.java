package uk.warden.inspect.format.sheet;

/**
 * The literal text of an Excel header or footer section, with its codes taken out: alignment
 * ({@code &L &C &R}), fields ({@code &P &N &D &T &F &A &Z &G}), formatting ({@code &B &I &U},
 * {@code &"Arial,Bold"}, {@code &12}, {@code &KFF0000}). Fields are filled in at print time and
 * hold nothing of their own; the literal text is what someone typed.
 */
final class HeaderFooterText {

  private HeaderFooterText() {}

  static String literal(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '&' || i + 1 >= raw.length()) {
        text.append(c);
        i++;
        continue;
      }
      char code = raw.charAt(i + 1);
      i += 2;
      switch (code) {
        case '&' -> text.append('&');
        case 'L', 'C', 'R' -> separate(text);
        case '"' -> {
          int end = raw.indexOf('"', i);
          i = end < 0 ? raw.length() : end + 1;
        }
        case 'K' -> i = Math.min(raw.length(), i + 6);
        default -> {
          if (Character.isDigit(code)) {
            while (i < raw.length() && Character.isDigit(raw.charAt(i))) {
              i++;
            }
          }
          // every other code is a field or a formatting toggle with nothing literal
        }
      }
    }
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private static final java.util.Set<String> BOILERPLATE =
      java.util.Set.of("page", "pages", "of", "sheet", "tab");

  /**
   * Whether literal text is only the words default headers and footers put around their fields
   * ("Page &P of &N", "Sheet &A"): it holds nothing anyone typed.
   */
  static boolean boilerplate(String literal) {
    for (String word : literal.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !BOILERPLATE.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The literal text of an OpenDocument header or footer element: its paragraphs without their
   * fields (sheet name, page number and count, date, time, file name, title), which are filled in
   * at print time. Leaves the reader on the element's end.
   */
  static String openDocument(XmlPart xml) {
    StringBuilder text = new StringBuilder();
    int level = 1;
    int field = 0;
    while (level > 0) {
      int event = xml.next();
      if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
        level++;
        if (field > 0 || FIELDS.contains(xml.localName())) {
          field++;
        } else if (xml.is("p") || xml.is("s") || xml.is("tab")) {
          text.append(' ');
        }
      } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
        level--;
        if (field > 0) {
          field--;
        }
      } else if (event == javax.xml.stream.XMLStreamConstants.CHARACTERS && field == 0) {
        text.append(xml.characters());
      } else if (event == javax.xml.stream.XMLStreamConstants.END_DOCUMENT) {
        break;
      }
    }
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private static final java.util.Set<String> FIELDS =
      java.util.Set.of(
          "sheet-name",
          "page-number",
          "page-count",
          "date",
          "time",
          "file-name",
          "title",
          "chapter");

  private static void separate(StringBuilder text) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
      text.append(' ');
    }
  }

  /**
   * A section element name as a user reads it: oddHeader is "header", evenFooter "even-page
   * footer".
   */
  static String describe(String section) {
    String lower = section.toLowerCase(java.util.Locale.ROOT);
    String kind = lower.endsWith("header") ? "header" : "footer";
    if (lower.startsWith("even")) {
      return "even-page " + kind;
    }
    if (lower.startsWith("first")) {
      return "first-page " + kind;
    }
    return kind;
  }
}
