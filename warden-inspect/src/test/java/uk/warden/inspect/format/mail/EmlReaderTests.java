package uk.warden.inspect.format.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.image.TestImages;

class EmlReaderTests {

  private static final String FILE = "reply.eml";

  private static RecordingSink read(String message) throws UnreadableException {
    return read(message, Limits.defaults());
  }

  private static RecordingSink read(String message, Limits limits) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new EmlReader()
        .read(
            Source.of(FILE, message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), limits),
            sink);
    return sink;
  }

  private static Location part(String part, String range) {
    return new Location(FILE, part, range);
  }

  @Test
  void headersAndBodyAreText() throws Exception {
    RecordingSink sink =
        read(
            """
            From: "PC Amy Fox" <amy.fox@kent.police.uk>
            To: Raj Kaur <raj.kaur@example.org>
            Subject: =?UTF-8?B?UmU6IGluY2lkZW50IMKjNTA=?=
            Date: Mon, 3 Jun 2024 10:00:00 +0100

            Dear Mr Kaur,
            your reference is 24/1234.
            """);

    assertThat(sink.structures).isEmpty();
    assertThat(sink.texts)
        .containsExactly(
            new RecordingSink.Text(
                part("header From", null), null, "PC Amy Fox <amy.fox@kent.police.uk>"),
            new RecordingSink.Text(
                part("header To", null), null, "Raj Kaur <raj.kaur@example.org>"),
            new RecordingSink.Text(part("header Subject", null), null, "Re: incident £50"),
            new RecordingSink.Text(
                part("body", "lines 1-2"),
                null,
                "Dear Mr Kaur,\r\nyour reference is 24/1234.\r\n"));
  }

  @Test
  void anOpenListOfManyRecipientsIsReported() throws Exception {
    RecordingSink sink =
        read(
            """
            From: victim.care@kent.police.uk
            To: a.one@gmail.com, b.two@yahoo.co.uk, c.three@gmail.com
            Cc: d.four@hotmail.com, e.five@kent.police.uk, Group: f.six@outlook.com;
            Bcc: hidden@example.org
            Subject: Update on your case

            Dear all,
            """);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.EMAIL_RECIPIENTS);
              assertThat(s.location()).isEqualTo(part("headers To, Cc", null));
              assertThat(s.count()).isEqualTo(6);
              assertThat(s.detail())
                  .isEqualTo(
                      "6 addresses in the open To and Cc lists, at 5 domains (5 outside the sender's domain)")
                  .doesNotContain("@");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                part("header Cc", null),
                null,
                "d.four@hotmail.com, e.five@kent.police.uk, f.six@outlook.com"),
            new RecordingSink.Text(part("header Bcc", null), null, "hidden@example.org"));
  }

  @Test
  void fourRecipientsAreAConversation() throws Exception {
    RecordingSink sink =
        read(
            """
            From: x@kent.police.uk
            To: a@gmail.com, b@yahoo.co.uk, c@gmail.com, d@hotmail.com

            Hello
            """);

    assertThat(sink.structures).isEmpty();
  }

  @Test
  void alternativesAreReadOnceAndHtmlIsStripped() throws Exception {
    RecordingSink sink =
        read(
            """
            From: a@b.com
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/plain; charset=utf-8

            Plain version
            --alt
            Content-Type: text/html; charset=utf-8

            <p>HTML version</p>
            --alt--
            --outer
            Content-Type: text/html

            <html><head><style>p{color:red}</style></head><body><p>Tom &amp; Jo&#39;s<br>address:&nbsp;4 Elm Rd</p>
            <script>var secret = 1;</script><!-- a comment --><table><tr><td>A</td><td>B</td></tr></table></body></html>
            --outer--
            """);

    assertThat(sink.texts)
        .extracting(RecordingSink.Text::location, RecordingSink.Text::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(part("header From", null), "a@b.com"),
            org.assertj.core.groups.Tuple.tuple(part("part 1.1", "line 1"), "Plain version"),
            org.assertj.core.groups.Tuple.tuple(
                part("part 2", "lines 1-5"), "Tom & Jo's\naddress: 4 Elm Rd\n\n\tA\tB\n\n"));
  }

  @Test
  void attachmentsAreNestedDocumentsAfterTheMessageIsRead() throws Exception {
    byte[] jpeg = TestImages.jpegWithGps("X");
    byte[] csv = "name,dob\nA,01/01/1990\n".getBytes(StandardCharsets.UTF_8);
    String message =
        "From: a@b.com\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
            + "--b1\nContent-Type: text/plain\n\nSee attached.\n"
            + "--b1\nContent-Type: text/csv; name=\"=?UTF-8?Q?victims=5Flist.csv?=\"\n"
            + "Content-Disposition: attachment; filename=\"C:\\\\Users\\\\x\\\\victims list.csv\"\n"
            + "Content-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder().encodeToString(csv)
            + "\n--b1\nContent-Type: image/jpeg\nContent-ID: <img1>\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder().encodeToString(jpeg)
            + "\n--b1--\n";

    RecordingSink sink = read(message);

    assertThat(sink.nested).hasSize(2);
    assertThat(sink.nested.get(0).location()).isEqualTo(part("part 2", null));
    assertThat(sink.nested.get(0).name()).isEqualTo("victims list.csv");
    assertThat(sink.nested.get(0).content()).isEqualTo(csv);
    assertThat(sink.nested.get(1).location()).isEqualTo(part("part 3", null));
    assertThat(sink.nested.get(1).name()).isEqualTo("part 3");
    assertThat(sink.nested.get(1).content()).isEqualTo(jpeg);
  }

  @Test
  void anAttachedMessageIsHandedOnNotParsedHere() throws Exception {
    String inner = "From: inner@x.com\r\nTo: someone@y.com\r\nSubject: inner\r\n\r\nInner body\r\n";
    String message =
        "From: a@b.com\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
            + "--b1\nContent-Type: text/plain\n\nForwarding.\n"
            + "--b1\nContent-Type: message/rfc822\n\n"
            + inner.replace("\r\n", "\n")
            + "--b1--\n";

    RecordingSink sink = read(message);

    assertThat(sink.nested)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.location()).isEqualTo(part("part 2", null));
              assertThat(n.name()).isEqualTo("attached message 2.eml");
              // the line break before the boundary belongs to the boundary
              assertThat(new String(n.content(), StandardCharsets.UTF_8))
                  .isEqualTo(inner.substring(0, inner.length() - 2));
            });
    assertThat(sink.allText()).doesNotContain("Inner body").doesNotContain("inner@x.com");
  }

  @Test
  @Timeout(10)
  void deeplyNestedAttachedMessagesCostOneLevelPerRead() throws Exception {
    String message = "From: end@x.com\n\nbottom\n";
    for (int i = 0; i < 2_000; i++) {
      message = "From: l" + i + "@x.com\nContent-Type: message/rfc822\n\n" + message;
    }

    RecordingSink sink = read(message);

    assertThat(sink.nested).hasSize(1);
    assertThat(sink.nested.get(0).location()).isEqualTo(part("body", null));
  }

  @Test
  @Timeout(10)
  void deeplyNestedMultipartsAreRefused() {
    StringBuilder message = new StringBuilder("From: a@b.com\n");
    for (int i = 0; i < 5_000; i++) {
      message
          .append("Content-Type: multipart/mixed; boundary=\"b")
          .append(i)
          .append("\"\n\n--b")
          .append(i)
          .append('\n');
    }
    message.append("Content-Type: text/plain\n\nleaf\n");

    assertThatThrownBy(() -> read(message.toString()))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the message nests MIME parts more than 25 deep");
  }

  @Test
  void aTruncatedMessageIsRefused() {
    String message =
        "From: a@b.com\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n"
            + "--b1\nContent-Type: text/plain\n\nhello\n"
            + "--b1\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK";

    assertThatThrownBy(() -> read(message))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the message is truncated: a MIME part ends before its closing boundary");
  }

  @Test
  void tooManyHeaderFieldsAreRefused() {
    String message = "X-Spam: 1\n".repeat(10_001) + "\nbody\n";

    assertThatThrownBy(() -> read(message))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the message has more than 10000 header fields");
  }

  @Test
  void aLongBodyArrivesInPieces() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      body.append("Line ").append(i).append(" of the statement\n");
    }

    RecordingSink sink = read("From: a@b.com\n\n" + body);

    assertThat(sink.texts.stream().filter(t -> "body".equals(t.location().part())).count())
        .isGreaterThan(3);
  }
}
