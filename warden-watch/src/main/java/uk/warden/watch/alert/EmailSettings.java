package uk.warden.watch.alert;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.warden.watch.Secret;

/**
 * An SMTP server and who the alert goes to.
 *
 * @param startTls upgrade the connection with STARTTLS before anything is sent, and refuse to send
 *     if the server cannot
 * @param user the SMTP login, or null when the server takes mail without one
 * @param password from the environment, with {@code user}
 * @param timeout for connecting, and for each read and write
 */
public record EmailSettings(
    String host,
    int port,
    boolean startTls,
    @Nullable String user,
    @Nullable Secret password,
    String from,
    List<String> to,
    Duration timeout) {

  public static final int DEFAULT_PORT = 587;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public EmailSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(timeout, "timeout");
    to = List.copyOf(to);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("an e-mail alert needs at least one recipient");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("a port is 1 to 65535");
    }
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException("an SMTP login needs both a user and a password");
    }
  }
}
