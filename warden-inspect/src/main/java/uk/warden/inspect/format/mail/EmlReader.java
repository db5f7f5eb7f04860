package uk.warden.inspect.format.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * E-mail messages, streamed with mime4j's token parser rather than built as a message tree: the
 * tree would hold every body in memory and parse attached messages inside attached messages without
 * end. Here attached messages are handed on as nested documents, one level per read, so the
 * inspector's own nesting limit bounds them; multipart nesting within one message is bounded here.
 * A message cut off inside a part is refused as truncated.
 */
public final class EmlReader implements FormatReader {

  private static final int MAX_LINE = 100_000;
  private static final int MAX_HEADER_FIELDS = 10_000;
  private static final int MAX_HEADER_LENGTH = 1 << 20;

  @Override
  public Set<Format> formats() {
    return Set.of(Format.EML);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    long max = source.limits().maxFileBytes();
    try {
      if (source.size() > max) {
        throw new UnreadableException(
            "the message is larger than the " + (max >> 20) + " MB limit");
      }
    } catch (IOException e) {
      throw new UnreadableException("the message cannot be read", e);
    }
    MimeConfig config =
        MimeConfig.custom()
            .setMaxLineLen(MAX_LINE)
            .setMaxHeaderCount(MAX_HEADER_FIELDS)
            .setMaxHeaderLen(MAX_HEADER_LENGTH)
            .setMaxContentLen(-1)
            .setStrictParsing(false)
            .build();
    TruncationMonitor monitor = new TruncationMonitor();
    MimeTokenStream stream =
        new MimeTokenStream(config, monitor, new DefaultBodyDescriptorBuilder());
    stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
    List<MimeWalk.Attachment> attachments;
    try (InputStream in = source.open()) {
      stream.parse(in);
      attachments = new MimeWalk(stream, source.location(), sink, max).walk();
    } catch (MaxHeaderLimitException e) {
      throw new UnreadableException(
          "the message has more than " + MAX_HEADER_FIELDS + " header fields", e);
    } catch (MaxHeaderLengthLimitException | MaxLineLimitException e) {
      throw new UnreadableException("a header of the message is implausibly long", e);
    } catch (MimeException | IOException | RuntimeException e) {
      throw new UnreadableException(
          "the message cannot be parsed: its MIME structure is damaged", e);
    }
    if (monitor.truncated) {
      throw new UnreadableException(
          "the message is truncated: a MIME part ends before its closing boundary");
    }
    for (MimeWalk.Attachment attachment : attachments) {
      sink.nested(attachment.at(), attachment.name(), attachment.content());
    }
  }

  /** mime4j reports a part cut off by the end of the input only as a warning. */
  private static final class TruncationMonitor extends DecodeMonitor {
    boolean truncated;

    @Override
    public boolean warn(String message, String action) {
      if (message != null && message.contains("ended prematurely")) {
        truncated = true;
      }
      return false;
    }

    @Override
    public boolean isListening() {
      return true;
    }
  }
}
