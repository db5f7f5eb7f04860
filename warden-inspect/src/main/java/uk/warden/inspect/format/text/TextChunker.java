package uk.warden.inspect.format.text;

/**
 * Cuts a stream of characters into pieces of about 64 K characters at line ends, counting lines, so
 * that text of any length reaches the sink in bounded pieces with an exact line range. A line
 * longer than a piece is cut at its last space, or hard when it has none.
 */
public final class TextChunker {

  /** Receives each piece with the 1-based lines it spans. */
  public interface Pieces {
    void piece(int firstLine, int lastLine, String text);
  }

  public static final int PIECE = 64 * 1024;

  private final Pieces pieces;
  private final StringBuilder buffer = new StringBuilder(PIECE + 8192);
  private int line = 1;

  public TextChunker(Pieces pieces) {
    this.pieces = pieces;
  }

  public void feed(char[] chars, int offset, int length) {
    buffer.append(chars, offset, length);
    while (buffer.length() >= PIECE) {
      int cut = cutPoint();
      emit(cut);
    }
  }

  public void feed(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    feed(chars, 0, chars.length);
  }

  public void finish() {
    if (buffer.length() > 0) {
      emit(buffer.length());
    }
  }

  private int cutPoint() {
    int newline = buffer.lastIndexOf("\n", PIECE - 1);
    if (newline > 0) {
      return newline + 1;
    }
    int space = buffer.lastIndexOf(" ", PIECE - 1);
    return space > 0 ? space + 1 : PIECE;
  }

  private void emit(int end) {
    String text = buffer.substring(0, end);
    buffer.delete(0, end);
    int first = line;
    int breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        breaks++;
      }
    }
    line += breaks;
    int last = text.endsWith("\n") ? line - 1 : line;
    if (!text.isBlank()) {
      pieces.piece(first, Math.max(first, last), text);
    }
  }

  /** "line 4" or "lines 1-812". */
  public static String lines(int first, int last) {
    return first == last ? "line " + first : "lines " + first + "-" + last;
  }
}
