package uk.warden.watch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.warden.watch.Secret;

/** The e-mail channel against GreenMail, a real SMTP server started in the test. */
class EmailChannelTests {

  private GreenMail smtp;

  @BeforeEach
  void startServer() {
    smtp =
        new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("warden", "s3cret"));
    smtp.start();
  }

  @AfterEach
  void stopServer() {
    smtp.stop();
  }

  @Test
  void sendsTheTitleAsSubjectAndTheSummaryAndLinkAsPlainText() throws Exception {
    EmailChannel channel =
        new EmailChannel(
            settings(
                "warden",
                Secret.of("s3cret"),
                List.of("dpo@force.police.uk", "soc@force.police.uk")));

    channel.send(Alerts.loss());

    assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage[] messages = smtp.getReceivedMessages();
    // One message, delivered to both recipients' mailboxes.
    assertThat(messages).hasSize(2);
    MimeMessage message = messages[0];
    Alert alert = Alerts.loss();
    assertThat(message.getSubject()).isEqualTo(alert.title());
    assertThat(Arrays.stream(message.getFrom()).map(Address::toString))
        .containsExactly("warden@force.police.uk");
    assertThat(
            Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString))
        .containsExactly("dpo@force.police.uk", "soc@force.police.uk");
    assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
    String body = ((String) message.getContent()).replace("\r\n", "\n");
    assertThat(body)
        .startsWith(alert.summary())
        .contains("See it in Warden: " + alert.link())
        .contains(
            "Alert " + alert.id() + " (unexplained-loss, severity HIGH) on system bwv-archive");
    assertThat(message.getHeader("X-Warden-Alert-Id")).containsExactly(alert.id());
    assertThat(message.getSentDate().toInstant())
        .isEqualTo(alert.raisedAt().truncatedTo(ChronoUnit.SECONDS));
    assertThat(channel.name())
        .isEqualTo("email via 127.0.0.1:" + smtp.getSmtp().getPort() + " to 2 recipients");
  }

  @Test
  void sendsWithoutALoginWhenNoneIsConfigured() throws Exception {
    smtp.stop();
    smtp =
        new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    smtp.start();

    new EmailChannel(settings(null, null, List.of("dpo@force.police.uk"))).send(Alerts.loss());

    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo(Alerts.loss().title());
  }

  @Test
  void aRefusedLoginIsPermanentAndNothingIsSent() {
    EmailChannel channel =
        new EmailChannel(settings("warden", Secret.of("wrong"), List.of("dpo@force.police.uk")));

    assertThatThrownBy(() -> channel.send(Alerts.loss()))
        .isInstanceOf(PermanentDeliveryException.class)
        .hasMessage("the SMTP server refused the login");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aServerThatIsDownIsWorthRetrying() {
    EmailChannel channel =
        new EmailChannel(settings("warden", Secret.of("s3cret"), List.of("dpo@force.police.uk")));
    smtp.stop();

    assertThatThrownBy(() -> channel.send(Alerts.loss()))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(PermanentDeliveryException.class)
        .hasMessageStartingWith("could not send: ");
  }

  @Test
  void aServerInsistingOnStartTlsIsNotSentToInClear() {
    EmailChannel channel =
        new EmailChannel(
            new EmailSettings(
                "127.0.0.1",
                smtp.getSmtp().getPort(),
                true,
                "warden",
                Secret.of("s3cret"),
                "warden@force.police.uk",
                List.of("dpo@force.police.uk"),
                Duration.ofSeconds(5)));

    // GreenMail's plain SMTP offers no STARTTLS, so a channel that requires it must not send.
    assertThatThrownBy(() -> channel.send(Alerts.loss())).isInstanceOf(IOException.class);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private EmailSettings settings(String user, Secret password, List<String> to) {
    return new EmailSettings(
        "127.0.0.1",
        smtp.getSmtp().getPort(),
        false,
        user,
        password,
        "warden@force.police.uk",
        to,
        Duration.ofSeconds(5));
  }
}
