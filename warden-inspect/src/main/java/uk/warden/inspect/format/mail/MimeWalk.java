package uk.warden.inspect.format.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.text.TextChunker;

/**
 * Walks a message's MIME tokens once, in constant memory apart from attachments: top-level headers
 * to {@link MessageHeaders}, text bodies to the sink in pieces, everything else (attachments,
 * inline pictures, attached messages) collected as nested documents. Parts are named as mail
 * clients and IMAP number them: "part 2", "part 1.2"; a single-part message has a "body".
 */
final class MimeWalk {

  /** Real mail nests multiparts three to five deep; each level costs a stream wrapper. */
  static final int MAX_MULTIPART_DEPTH = 25;

  /** A document to hand on once the whole message has been read (or to drop if it is damaged). */
  record Attachment(Location at, String name, byte[] content) {}

  private static final class Multipart {
    final String prefix;
    final boolean alternative;
    int children;
    boolean textTaken;

    Multipart(String prefix, boolean alternative) {
      this.prefix = prefix;
      this.alternative = alternative;
    }
  }

  private final MimeTokenStream stream;
  private final Location at;
  private final ContentSink sink;
  private final long maxAttachment;
  private final MessageHeaders headers;
  private final Deque<Multipart> multiparts = new ArrayDeque<>();
  private final List<Attachment> attachments = new ArrayList<>();
  private @Nullable String section;
  private boolean topHeader = true;

  MimeWalk(MimeTokenStream stream, Location at, ContentSink sink, long maxAttachment) {
    this.stream = stream;
    this.at = at;
    this.sink = sink;
    this.maxAttachment = maxAttachment;
    this.headers = new MessageHeaders(at, sink);
  }

  List<Attachment> walk() throws IOException, MimeException, UnreadableException {
    for (EntityState state = stream.getState();
        state != EntityState.T_END_OF_STREAM;
        state = stream.next()) {
      switch (state) {
        case T_FIELD -> {
          if (topHeader) {
            headers.field(stream.getField());
          }
        }
        case T_END_HEADER -> topHeader = false;
        case T_START_MULTIPART -> startMultipart(stream.getBodyDescriptor());
        case T_END_MULTIPART -> multiparts.poll();
        case T_START_BODYPART -> {
          Multipart parent = multiparts.peek();
          if (parent != null) {
            parent.children++;
            section = parent.prefix + parent.children;
          }
        }
        case T_BODY -> body((MaximalBodyDescriptor) stream.getBodyDescriptor());
        default -> {
          // preambles, epilogues and the boundaries between parts carry nothing to read
        }
      }
    }
    headers.report();
    return attachments;
  }

  private void startMultipart(BodyDescriptor descriptor) throws UnreadableException {
    if (multiparts.size() >= MAX_MULTIPART_DEPTH) {
      throw new UnreadableException(
          "the message nests MIME parts more than " + MAX_MULTIPART_DEPTH + " deep");
    }
    String prefix = section == null ? "" : section + ".";
    multiparts.push(new Multipart(prefix, "alternative".equalsIgnoreCase(descriptor.getSubType())));
  }

  private void body(MaximalBodyDescriptor descriptor) throws IOException, UnreadableException {
    String mime = descriptor.getMimeType().toLowerCase(Locale.ROOT);
    String name = name(descriptor);
    boolean attached =
        "attachment".equalsIgnoreCase(descriptor.getContentDispositionType()) || name != null;
    Location part = at.part(section == null ? "body" : "part " + section);
    Multipart parent = multiparts.peek();
    if (!attached && (mime.equals("text/plain") || mime.equals("text/html"))) {
      if (parent != null && parent.alternative && parent.textTaken) {
        return; // the same text again in another form
      }
      if (parent != null) {
        parent.textTaken = true;
      }
      text(part, descriptor, mime.equals("text/html"));
      return;
    }
    attachment(part, name != null ? name : defaultName(mime));
  }

  private void text(Location part, BodyDescriptor descriptor, boolean html) throws IOException {
    TextChunker chunker =
        new TextChunker(
            (first, last, text) ->
                sink.text(part.range(TextChunker.lines(first, last)), null, text));
    HtmlText stripper = html ? new HtmlText(chunker) : null;
    try (Reader reader =
        new InputStreamReader(
            stream.getDecodedInputStream(),
            charset(descriptor.getCharset())
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        if (stripper != null) {
          stripper.feed(buffer, 0, n);
        } else {
          chunker.feed(buffer, 0, n);
        }
      }
    }
    chunker.finish();
  }

  /**
   * Decoding never makes a part larger than its encoding, so an attachment fits within the file's
   * own limit; the bound is kept so that this holds whatever mime4j does.
   */
  private void attachment(Location part, String name) throws IOException, UnreadableException {
    InputStream in = stream.getDecodedInputStream();
    byte[] content = in.readNBytes((int) Math.min(maxAttachment + 1, Integer.MAX_VALUE - 8));
    if (content.length > maxAttachment) {
      throw new UnreadableException("an attachment is larger than the file size limit");
    }
    attachments.add(new Attachment(part, name, content));
  }

  private static @Nullable String name(MaximalBodyDescriptor descriptor) {
    String name = descriptor.getContentDispositionFilename();
    if (name == null || name.isBlank()) {
      name = descriptor.getContentTypeParameters().get("name");
    }
    if (name == null || name.isBlank()) {
      return null;
    }
    String decoded =
        org.apache.james.mime4j.codec.DecoderUtil.decodeEncodedWords(
            name, org.apache.james.mime4j.codec.DecodeMonitor.SILENT);
    String plain = decoded.replace('\\', '/');
    return plain.substring(plain.lastIndexOf('/') + 1).strip();
  }

  private String defaultName(String mime) {
    String number = section == null ? "1" : section;
    if (mime.equals("message/rfc822")) {
      return "attached message " + number + ".eml";
    }
    return "part " + number;
  }

  /** The declared charset; US-ASCII is widened to Windows-1252, which mail often really is. */
  private static Charset charset(@Nullable String name) {
    if (name == null || name.equalsIgnoreCase("us-ascii")) {
      return Charset.forName("windows-1252");
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }
}
