package uk.warden.inspect.format.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import uk.warden.inspect.content.Source;

/**
 * The character set of a text file, as exports from police and council systems use them: UTF-8 with
 * or without a byte order mark, UTF-16 with one, and otherwise Windows-1252 (what Excel and older
 * systems write). UTF-8 is chosen only when the first 64 KB decode as UTF-8.
 */
public record TextEncoding(Charset charset, int bomLength) {

  private static final int SAMPLE = 64 * 1024;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public static TextEncoding detect(Source source) throws IOException {
    byte[] head;
    try (InputStream in = source.open()) {
      head = in.readNBytes(SAMPLE);
    }
    return detect(head);
  }

  static TextEncoding detect(byte[] head) {
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return new TextEncoding(StandardCharsets.UTF_8, 3);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 2);
    }
    return new TextEncoding(validUtf8(head) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
  }

  /** A reader over the whole file after any byte order mark; bad bytes become U+FFFD. */
  public Reader open(Source source) throws IOException {
    InputStream in = source.open();
    in.skipNBytes(bomLength);
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new InputStreamReader(in, decoder);
  }

  public String describe() {
    return charset.name() + (bomLength > 0 ? " with a byte order mark" : "");
  }

  /** Valid UTF-8, allowing a sequence cut off by the end of the sample. */
  private static boolean validUtf8(byte[] head) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(head);
    CharBuffer out = CharBuffer.allocate(head.length + 1);
    // Not the end of input: a sequence the sample cuts short is left over, not an error.
    CoderResult result = decoder.decode(in, out, false);
    return !result.isError();
  }
}
