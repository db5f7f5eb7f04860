package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.jspecify.annotations.Nullable;

/** Small helpers for text held in PDF objects and for wording findings. */
final class Texts {

  private Texts() {}

  /** A string, a name or a (bounded) stream as text; null for anything else. */
  static @Nullable String of(@Nullable COSBase value, StreamGuard streams, long maxBytes)
      throws IOException {
    if (value instanceof COSObject object) {
      value = object.getObject();
    }
    if (value instanceof COSString string) {
      return string.getString();
    }
    if (value instanceof COSName name) {
      return name.getName();
    }
    if (value instanceof COSStream stream) {
      byte[] bytes = streams.read(stream, maxBytes);
      return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return null;
  }

  static String plural(long count, String noun) {
    return String.format(Locale.UK, "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }

  /** Names quoted and listed, the first few only. */
  static String list(List<String> names, int max) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(names.size(), max); i++) {
      text.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
    }
    if (names.size() > max) {
      text.append(" and ").append(names.size() - max).append(" more");
    }
    return text.toString();
  }

  /** Markup stripped from rich text (annotation RC entries are XHTML). */
  static String withoutTags(String markup) {
    StringBuilder text = new StringBuilder(markup.length());
    boolean inTag = false;
    for (int i = 0; i < markup.length(); i++) {
      char c = markup.charAt(i);
      if (c == '<') {
        inTag = true;
      } else if (c == '>') {
        inTag = false;
        text.append(' ');
      } else if (!inTag) {
        text.append(c);
      }
    }
    return text.toString();
  }
}
