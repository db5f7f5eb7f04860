package uk.warden.inspect.format.mail;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.format.text.TextChunker;

/**
 * HTML to text by a small state machine, fed in pieces: tags are dropped (block tags become line
 * breaks), script and style content is dropped, comments are skipped and common entities decoded.
 * Crude on purpose: it only has to give the detectors the words a recipient would read, and it
 * holds at most a tag name and an entity in memory, whatever the input.
 */
final class HtmlText {

  private enum State {
    TEXT,
    TAG,
    COMMENT,
    ENTITY
  }

  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("pound", "£"),
          Map.entry("euro", "€"),
          Map.entry("copy", "©"),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("rsquo", "’"),
          Map.entry("lsquo", "‘"),
          Map.entry("rdquo", "”"),
          Map.entry("ldquo", "“"),
          Map.entry("hellip", "…"));

  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of(
          "p",
          "/p",
          "br",
          "br/",
          "div",
          "/div",
          "tr",
          "/tr",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "/h1",
          "/h2",
          "/h3",
          "/h4",
          "/h5",
          "/h6",
          "table",
          "/table",
          "blockquote",
          "hr");

  private final TextChunker out;
  private final StringBuilder tag = new StringBuilder();
  private final StringBuilder entity = new StringBuilder();
  private final char[] one = new char[1];
  private State state = State.TEXT;
  private char last = '\n';
  private char beforeLast = '\n';
  private boolean structural;
  private String skipUntil = "";
  private int dashes;

  HtmlText(TextChunker out) {
    this.out = out;
  }

  void feed(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      accept(chars[i]);
    }
  }

  void finish() {
    out.finish();
  }

  private void accept(char c) {
    switch (state) {
      case TEXT -> {
        if (c == '<') {
          state = State.TAG;
          tag.setLength(0);
        } else if (c == '&' && skipUntil.isEmpty()) {
          state = State.ENTITY;
          entity.setLength(0);
        } else if (skipUntil.isEmpty()) {
          emit(c);
        }
      }
      case TAG -> tag(c);
      case COMMENT -> {
        if (c == '>' && dashes >= 2) {
          state = State.TEXT;
        }
        dashes = c == '-' ? dashes + 1 : 0;
      }
      case ENTITY -> entity(c);
    }
  }

  private void tag(char c) {
    if (c == '>') {
      state = State.TEXT;
      endTag();
      return;
    }
    if (tag.length() == 3 && tag.toString().equals("!--")) {
      state = State.COMMENT;
      dashes = c == '-' ? 1 : 0;
      return;
    }
    if (tag.length() < 12 && !(Character.isWhitespace(c) && tag.length() > 0)) {
      if (!Character.isWhitespace(c)) {
        tag.append(Character.toLowerCase(c));
      }
    } else if (tag.length() < 12) {
      tag.append(' '); // the name has ended; attributes are ignored
    }
  }

  private void endTag() {
    String name = tag.toString();
    int space = name.indexOf(' ');
    if (space >= 0) {
      name = name.substring(0, space);
    }
    if (!skipUntil.isEmpty()) {
      if (name.equals(skipUntil)) {
        skipUntil = "";
      }
      return;
    }
    if (name.equals("script") || name.equals("style") || name.equals("head")) {
      skipUntil = "/" + name;
    } else if (BLOCKS.contains(name)) {
      lineBreak();
    } else if (name.equals("td") || name.equals("th")) {
      emit('\t');
    }
  }

  private void entity(char c) {
    if (c == ';' || entity.length() >= 10 || !(Character.isLetterOrDigit(c) || c == '#')) {
      state = State.TEXT;
      String decoded = decode(entity.toString());
      if (decoded == null) {
        emit('&');
        emitAll(entity);
        if (c != ';') {
          accept(c);
        } else {
          emit(';');
        }
      } else {
        emitAll(decoded);
        if (c != ';') {
          accept(c);
        }
      }
      return;
    }
    entity.append(c);
  }

  private static @Nullable String decode(String name) {
    if (name.startsWith("#")) {
      try {
        int code =
            name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return ENTITIES.get(name.toLowerCase(Locale.ROOT));
  }

  private void emitAll(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      emit(text.charAt(i));
    }
  }

  /**
   * Line breaks in the source are spaces in HTML; runs of spaces collapse and at most one blank
   * line is kept, so the line numbers of the text stay close to what a reader sees.
   */
  private void emit(char c) {
    char next = c == '\r' || c == '\n' && !structural ? ' ' : c;
    structural = false;
    if (next == ' ' && (last == ' ' || last == '\n' || last == '\t')) {
      return;
    }
    if (next == '\n' && last == '\n' && beforeLast == '\n') {
      return;
    }
    beforeLast = last;
    last = next;
    one[0] = next;
    out.feed(one, 0, 1);
  }

  /** A line break that a tag asked for, not one from the source. */
  private void lineBreak() {
    structural = true;
    emit('\n');
  }
}
