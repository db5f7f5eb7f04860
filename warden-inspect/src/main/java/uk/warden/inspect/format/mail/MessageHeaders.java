package uk.warden.inspect.format.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.AddressListField;
import org.apache.james.mime4j.dom.field.MailboxField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.dom.field.UnstructuredField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.stream.Field;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Location;

/**
 * The message's people and subject: each header decoded (encoded words, groups) and handed to the
 * sink as text, the open recipients counted.
 */
final class MessageHeaders {

  private static final Set<String> PEOPLE = Set.of("from", "sender", "reply-to", "to", "cc", "bcc");

  private static final java.util.Map<String, String> NAMES =
      java.util.Map.of(
          "from", "From",
          "sender", "Sender",
          "reply-to", "Reply-To",
          "to", "To",
          "cc", "Cc",
          "bcc", "Bcc",
          "subject", "Subject");

  private static final int MAX_HEADER_TEXT = 1 << 20;

  private final Location at;
  private final ContentSink sink;
  private final Recipients recipients = new Recipients();

  MessageHeaders(Location at, ContentSink sink) {
    this.at = at;
    this.sink = sink;
  }

  void field(Field field) {
    String name = field.getName().toLowerCase(Locale.ROOT);
    if (!PEOPLE.contains(name) && !name.equals("subject")) {
      return;
    }
    ParsedField parsed = LenientFieldParser.getParser().parse(field, DecodeMonitor.SILENT);
    List<Mailbox> mailboxes = mailboxes(parsed);
    String text;
    if (mailboxes.isEmpty()) {
      text =
          parsed instanceof UnstructuredField unstructured
              ? unstructured.getValue()
              : DecoderUtil.decodeEncodedWords(field.getBody(), DecodeMonitor.SILENT);
    } else {
      List<String> people = new ArrayList<>();
      for (Mailbox mailbox : mailboxes) {
        people.add(
            mailbox.getName() == null || mailbox.getName().isBlank()
                ? mailbox.getAddress()
                : mailbox.getName() + " <" + mailbox.getAddress() + ">");
        if (name.equals("from") || name.equals("sender")) {
          recipients.sender(mailbox);
        } else if (name.equals("to") || name.equals("cc")) {
          recipients.open(mailbox);
        }
      }
      text = String.join(", ", people);
    }
    if (text != null && !text.isBlank()) {
      String bounded = text.length() > MAX_HEADER_TEXT ? text.substring(0, MAX_HEADER_TEXT) : text;
      sink.text(at.part("header " + NAMES.get(name)), null, bounded.strip());
    }
  }

  void report() {
    recipients.report(at.part("headers To, Cc"), sink);
  }

  private static List<Mailbox> mailboxes(ParsedField parsed) {
    if (parsed instanceof AddressListField list && list.getAddressList() != null) {
      return list.getAddressList().flatten();
    }
    if (parsed instanceof MailboxListField list && list.getMailboxList() != null) {
      return list.getMailboxList();
    }
    if (parsed instanceof MailboxField box && box.getMailbox() != null) {
      return List.of(box.getMailbox());
    }
    return List.of();
  }
}
