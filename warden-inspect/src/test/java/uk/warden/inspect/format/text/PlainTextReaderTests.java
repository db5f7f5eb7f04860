package uk.warden.inspect.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

class PlainTextReaderTests {

  private static RecordingSink read(String text) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new PlainTextReader()
        .read(
            Source.of("notes.txt", text.getBytes(StandardCharsets.UTF_8), Limits.defaults()), sink);
    return sink;
  }

  @Test
  void aShortFileIsOnePiece() throws Exception {
    RecordingSink sink = read("Officer: PC Amy Fox\nStation: Ashford\n");

    assertThat(sink.structures).isEmpty();
    assertThat(sink.texts)
        .containsExactly(
            new RecordingSink.Text(
                new Location("notes.txt", null, "lines 1-2"),
                null,
                "Officer: PC Amy Fox\nStation: Ashford\n"));
  }

  @Test
  void aLongFileComesInPiecesCutAtLineEnds() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      text.append("line ").append(i).append(" of the custody log\r\n");
    }

    RecordingSink sink = read(text.toString());

    assertThat(sink.texts).hasSizeGreaterThan(3);
    StringBuilder joined = new StringBuilder();
    int expectedFirst = 1;
    for (RecordingSink.Text piece : sink.texts) {
      assertThat(piece.text().length()).isLessThanOrEqualTo(TextChunker.PIECE);
      assertThat(piece.text()).endsWith("\n");
      String range = piece.location().range();
      assertThat(range).startsWith("lines " + expectedFirst + "-");
      expectedFirst = Integer.parseInt(range.substring(range.indexOf('-') + 1)) + 1;
      joined.append(piece.text());
    }
    assertThat(expectedFirst).isEqualTo(10_001);
    assertThat(joined.toString()).isEqualTo(text.toString());
  }

  @Test
  void aLineLongerThanAPieceIsCutAtASpace() throws Exception {
    String word = "abcdefghi ";
    String line = word.repeat(20_000);

    RecordingSink sink = read(line);

    assertThat(sink.texts).hasSizeGreaterThan(2);
    assertThat(sink.texts).allSatisfy(t -> assertThat(t.location().range()).isEqualTo("line 1"));
    assertThat(sink.texts.get(0).text()).endsWith(" ");
    assertThat(String.join("", sink.texts.stream().map(RecordingSink.Text::text).toList()))
        .isEqualTo(line);
  }

  @Test
  void largerThanTheLimitIsRefused() {
    Limits tiny = new Limits(10, 1L << 20, 200, 100, 100, 5, 10);

    assertThatThrownBy(
            () ->
                new PlainTextReader()
                    .read(Source.of("x.txt", new byte[11], tiny), new RecordingSink()))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the file is larger than the 10 bytes limit");
  }
}
