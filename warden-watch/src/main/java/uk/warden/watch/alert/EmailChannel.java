package uk.warden.watch.alert;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * E-mails the alert through an SMTP server: the title as subject, a plain-text body with the
 * summary and the link. A refused login or a 5xx refusal of the sender or a recipient is permanent;
 * anything else (the server down, a 4xx "try later") is retried.
 */
public final class EmailChannel implements AlertChannel {

  private final EmailSettings settings;

  public EmailChannel(EmailSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public EmailSettings settings() {
    return settings;
  }

  /**
   * {@code email via smtp.force.internal:587 to 2 recipients}: the recipients are not named, as an
   * address may be a person's, and delivery records are kept.
   */
  @Override
  public String name() {
    int recipients = settings.to().size();
    return "email via "
        + settings.host()
        + ":"
        + settings.port()
        + " to "
        + recipients
        + (recipients == 1 ? " recipient" : " recipients");
  }

  @Override
  public void send(Alert alert) throws IOException {
    Session session = Session.getInstance(properties());
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from(), true));
      message.setRecipients(Message.RecipientType.TO, recipients());
      message.setSubject(oneLine(alert.title()), "UTF-8");
      message.setSentDate(Date.from(alert.raisedAt()));
      message.setHeader("X-Warden-Alert-Id", alert.id());
      message.setText(body(alert), "UTF-8");
      if (settings.user() != null) {
        Transport.send(
            message, settings.user(), Objects.requireNonNull(settings.password()).reveal());
      } else {
        Transport.send(message);
      }
    } catch (AuthenticationFailedException e) {
      throw new PermanentDeliveryException("the SMTP server refused the login", e);
    } catch (MessagingException e) {
      int code = returnCode(e);
      String reason = "could not send: " + describe(e);
      if (code >= 500) {
        throw new PermanentDeliveryException(reason, e);
      }
      throw new IOException(reason, e);
    }
  }

  /** The text body: the summary, the link, and what the alert is, for someone reading it cold. */
  static String body(Alert alert) {
    return alert.summary()
        + "\n\nSee it in Warden: "
        + alert.link()
        + "\n\n"
        + "Alert "
        + alert.id()
        + " ("
        + alert.kind()
        + ", severity "
        + alert.severity()
        + ") on system "
        + alert.system()
        + ", raised "
        + alert.raisedAt()
        + ".\n"
        + "-- \n"
        + "Sent by Warden's integrity watch. Alerts carry counts and codes, never personal data.\n";
  }

  private Properties properties() {
    Properties properties = new Properties();
    String millis = String.valueOf(settings.timeout().toMillis());
    properties.setProperty("mail.smtp.host", settings.host());
    properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
    properties.setProperty("mail.smtp.connectiontimeout", millis);
    properties.setProperty("mail.smtp.timeout", millis);
    properties.setProperty("mail.smtp.writetimeout", millis);
    if (settings.startTls()) {
      properties.setProperty("mail.smtp.starttls.enable", "true");
      // Refuse to send in clear if the server cannot upgrade: the login would go in clear too.
      properties.setProperty("mail.smtp.starttls.required", "true");
      properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    }
    if (settings.user() != null) {
      properties.setProperty("mail.smtp.auth", "true");
    }
    return properties;
  }

  private InternetAddress[] recipients() throws MessagingException {
    InternetAddress[] addresses = new InternetAddress[settings.to().size()];
    for (int i = 0; i < addresses.length; i++) {
      addresses[i] = new InternetAddress(settings.to().get(i), true);
    }
    return addresses;
  }

  /** The SMTP reply code of the refusal, or 0 when the failure was not a reply (a socket error). */
  private static int returnCode(MessagingException e) {
    for (Exception next = e; next != null; ) {
      if (next instanceof SMTPSendFailedException failed) {
        return failed.getReturnCode();
      }
      if (next instanceof SMTPAddressFailedException failed) {
        return failed.getReturnCode();
      }
      if (next instanceof SMTPSenderFailedException failed) {
        return failed.getReturnCode();
      }
      next = next instanceof MessagingException messaging ? messaging.getNextException() : null;
    }
    return 0;
  }

  private static String describe(MessagingException e) {
    String message = e.getMessage();
    Throwable cause = e.getCause();
    if ((message == null || message.isBlank()) && cause != null) {
      message = cause.toString();
    }
    return message == null ? e.getClass().getSimpleName() : oneLine(message);
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ").strip();
  }
}
