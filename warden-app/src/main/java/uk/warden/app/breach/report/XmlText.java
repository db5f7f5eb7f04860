package uk.warden.app.breach.report;

/**
 * Drops the characters XML 1.0 cannot hold (most control characters, lone surrogates, U+FFFE and
 * U+FFFF). Free text reaches the report from imports and forms, and one stray control character
 * would otherwise stop the whole PDF.
 */
public final class XmlText {

  private XmlText() {}

  public static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      boolean ok = allowed(cp) && !(width == 1 && Character.isSurrogate((char) cp));
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (ok && out != null) {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  private static boolean allowed(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
