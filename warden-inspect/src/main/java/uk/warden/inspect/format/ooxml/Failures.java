package uk.warden.inspect.format.ooxml;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.UnreadableException;

/**
 * Turns what the zip and XML layers throw into a refusal a user can act on. Parser messages are
 * never passed on: they can quote the content.
 */
public final class Failures {

  private Failures() {}

  /** The reason a part could not be read, from the most telling cause in the chain. */
  public static UnreadableException unreadable(String part, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof UnreadableException unreadable) {
        return unreadable;
      }
      if (cause instanceof ExpansionMeter.ExpansionRefusedException refused) {
        return new UnreadableException(refused.getMessage(), failure);
      }
      if (cause instanceof SafeXml.DtdRefusedException) {
        return new UnreadableException(
            "the part "
                + part
                + " declares a DTD, which Office never writes (an XML entity attack?)",
            failure);
      }
      if (cause instanceof OoxmlPackage.MissingPartException missing) {
        return new UnreadableException(
            "the document is incomplete: " + missing.getMessage(), failure);
      }
      if (cause instanceof EOFException || mentionsTruncation(cause)) {
        return new UnreadableException(
            "the file is truncated: the part " + part + " is cut off", failure);
      }
    }
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof XMLStreamException xml) {
        String message = String.valueOf(xml.getMessage());
        if (message.contains("maxElementDepth")) {
          return new UnreadableException(
              "the part " + part + " nests its elements too deeply", failure);
        }
        if (message.contains("Limit") || message.contains("JAXP")) {
          return new UnreadableException(
              "the part " + part + " exceeds a safety limit of the XML parser", failure);
        }
        return new UnreadableException("the part " + part + " is not well-formed XML", failure);
      }
    }
    if (failure instanceof IOException || failure instanceof UncheckedIOException) {
      return new UnreadableException(
          "the part " + part + " cannot be read: the archive is damaged", failure);
    }
    return new UnreadableException("the part " + part + " is damaged", failure);
  }

  /**
   * StAX keeps the I/O failure that stopped it as a "nested" exception, not always as the cause.
   */
  private static @Nullable Throwable next(Throwable cause) {
    if (cause.getCause() != null) {
      return cause.getCause();
    }
    return cause instanceof XMLStreamException xml ? xml.getNestedException() : null;
  }

  private static boolean mentionsTruncation(Throwable cause) {
    String message = cause.getMessage();
    return message != null
        && (message.contains("Truncated") || message.contains("Unexpected end of ZLIB"));
  }
}
