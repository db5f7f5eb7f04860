package uk.warden.inspect.format.mail;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * The open recipient list (To and Cc). Several addresses there is a disclosure in itself: every
 * recipient learns who else was told, which for victims, witnesses or complainants is exactly what
 * must not leak. The report counts them and their domains; the addresses themselves reach the
 * detectors as header text.
 */
final class Recipients {

  /** Fewer than this is an ordinary conversation. */
  static final int THRESHOLD = 5;

  private final Set<String> open = new LinkedHashSet<>();
  private final Set<String> domains = new LinkedHashSet<>();
  private @Nullable String senderDomain;

  void sender(Mailbox mailbox) {
    if (senderDomain == null && mailbox.getDomain() != null) {
      senderDomain = mailbox.getDomain().toLowerCase(Locale.ROOT);
    }
  }

  void open(Mailbox mailbox) {
    String address = mailbox.getAddress();
    if (address != null
        && open.add(address.toLowerCase(Locale.ROOT))
        && mailbox.getDomain() != null) {
      domains.add(mailbox.getDomain().toLowerCase(Locale.ROOT));
    }
  }

  void report(Location at, ContentSink sink) {
    if (open.size() < THRESHOLD) {
      return;
    }
    long outside =
        senderDomain == null
            ? open.size()
            : open.stream().filter(a -> !a.endsWith("@" + senderDomain)).count();
    sink.structure(
        HiddenContent.EMAIL_RECIPIENTS,
        at,
        open.size(),
        open.size()
            + " addresses in the open To and Cc lists, at "
            + (domains.size() == 1 ? "1 domain" : domains.size() + " domains")
            + (senderDomain == null ? "" : " (" + outside + " outside the sender's domain)"));
  }
}
