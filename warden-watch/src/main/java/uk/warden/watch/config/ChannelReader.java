package uk.warden.watch.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import uk.warden.watch.Secret;
import uk.warden.watch.alert.AlertChannel;
import uk.warden.watch.alert.EmailChannel;
import uk.warden.watch.alert.EmailSettings;
import uk.warden.watch.alert.SyslogChannel;
import uk.warden.watch.alert.SyslogSettings;
import uk.warden.watch.alert.SyslogTransport;
import uk.warden.watch.alert.WebhookChannel;

/** Reads one entry of {@code alerts.channels}: a webhook, an e-mail server or a syslog receiver. */
final class ChannelReader {

  static final List<String> TYPES = List.of("webhook", "email", "syslog");
  private static final List<String> WEBHOOK = List.of("url", "secretEnv", "secret", "timeout");
  private static final List<String> EMAIL =
      List.of(
          "host", "port", "starttls", "user", "passwordEnv", "password", "from", "to", "timeout");
  private static final List<String> SYSLOG =
      List.of("host", "port", "transport", "facility", "hostname", "appName", "timeout");

  /** Facilities by name (RFC 5424 table 1), for those who think of them so. */
  private static final Map<String, Integer> FACILITIES =
      Map.ofEntries(
          Map.entry("user", 1),
          Map.entry("daemon", 3),
          Map.entry("auth", 4),
          Map.entry("authpriv", 10),
          Map.entry("audit", 13),
          Map.entry("alert", 14),
          Map.entry("local0", 16),
          Map.entry("local1", 17),
          Map.entry("local2", 18),
          Map.entry("local3", 19),
          Map.entry("local4", 20),
          Map.entry("local5", 21),
          Map.entry("local6", 22),
          Map.entry("local7", 23));

  private ChannelReader() {}

  static @Nullable AlertChannel read(
      MappingNode entry, String path, ConfigProblems problems, Environment environment) {
    String type = Fields.peek(entry, "type");
    List<String> own =
        switch (String.valueOf(type)) {
          case "webhook" -> WEBHOOK;
          case "email" -> EMAIL;
          case "syslog" -> SYSLOG;
          default -> Stream.of(WEBHOOK, EMAIL, SYSLOG).flatMap(List::stream).distinct().toList();
        };
    List<String> allowed = Stream.concat(Stream.of("type"), own.stream()).toList();
    Fields fields = new Fields(entry, path, problems, environment, allowed);
    int before = problems.count();
    String kind = fields.keyword("type", TYPES, null);
    AlertChannel channel = null;
    if ("webhook".equals(kind)) {
      channel = webhook(fields);
    } else if ("email".equals(kind)) {
      channel = email(fields);
    } else if ("syslog".equals(kind)) {
      channel = syslog(fields);
    }
    return problems.count() > before ? null : channel;
  }

  private static @Nullable AlertChannel webhook(Fields fields) {
    fields.refuseSecret("secret", "secretEnv");
    String text = fields.text("url", true);
    Secret secret = fields.secret("secretEnv");
    Duration timeout = fields.duration("timeout", WebhookChannel.DEFAULT_TIMEOUT);
    URI url = null;
    if (text != null) {
      try {
        url = new URI(text);
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
          fields.problem("url", "must be an http:// or https:// address with a host");
          url = null;
        }
      } catch (URISyntaxException e) {
        fields.problem("url", "is not a valid address: " + e.getReason());
      }
    }
    if (url == null || timeout == null) {
      return null;
    }
    URI address = url;
    return fields.build(() -> new WebhookChannel(address, secret, timeout));
  }

  private static @Nullable AlertChannel email(Fields fields) {
    int before = fields.problems().count();
    fields.refuseSecret("password", "passwordEnv");
    String host = fields.text("host", true);
    Integer port = fields.integer("port", 1, 65_535, EmailSettings.DEFAULT_PORT);
    // STARTTLS unless turned off: a login and the alert should not cross a network in clear.
    Boolean startTls = fields.bool("starttls", true);
    String user = fields.text("user", false);
    Secret password = fields.secret("passwordEnv");
    if (user != null && !fields.present("passwordEnv")) {
      fields.problem("passwordEnv", "is required with user: it names the password's variable");
    }
    if (!fields.present("user") && fields.present("passwordEnv")) {
      fields.problem("user", "is required with passwordEnv");
    }
    String from = fields.text("from", true);
    if (from != null && !validAddress(from)) {
      fields.problem("from", "is not a valid e-mail address");
    }
    List<String> to = fields.texts("to", true);
    for (int i = 0; to != null && i < to.size(); i++) {
      if (!validAddress(to.get(i))) {
        fields.problem("to", "recipient " + (i + 1) + " is not a valid e-mail address");
      }
    }
    Duration timeout = fields.duration("timeout", EmailSettings.DEFAULT_TIMEOUT);
    if (fields.problems().count() > before
        || host == null
        || port == null
        || startTls == null
        || from == null
        || to == null
        || timeout == null) {
      return null;
    }
    return fields.build(
        () ->
            new EmailChannel(
                new EmailSettings(host, port, startTls, user, password, from, to, timeout)));
  }

  /** Strict RFC 822 syntax, checked here so a typo is found now rather than at the first loss. */
  private static boolean validAddress(String text) {
    try {
      new InternetAddress(text, true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }

  private static @Nullable AlertChannel syslog(Fields fields) {
    String host = fields.text("host", true);
    Integer port = fields.integer("port", 1, 65_535, SyslogSettings.DEFAULT_PORT);
    String transport = fields.keyword("transport", List.of("udp", "tcp"), "udp");
    Integer facility = facility(fields);
    String hostname = fields.text("hostname", false);
    String appName = fields.text("appName", false);
    Duration timeout = fields.duration("timeout", SyslogSettings.DEFAULT_TIMEOUT);
    if (host == null || port == null || transport == null || facility == null || timeout == null) {
      return null;
    }
    String machine = hostname == null ? localHostName() : hostname;
    String app = appName == null ? SyslogSettings.DEFAULT_APP_NAME : appName;
    return fields.build(
        () ->
            new SyslogChannel(
                new SyslogSettings(
                    host,
                    port,
                    SyslogTransport.valueOf(transport.toUpperCase(Locale.ROOT)),
                    facility,
                    machine,
                    app,
                    timeout)));
  }

  private static @Nullable Integer facility(Fields fields) {
    if (fields.value("facility") == null) {
      return SyslogSettings.DEFAULT_FACILITY;
    }
    String text = fields.text("facility", false);
    if (text == null) {
      return null;
    }
    Integer named = FACILITIES.get(text.toLowerCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    if (text.matches("\\d{1,2}") && Integer.parseInt(text) <= 23) {
      return Integer.parseInt(text);
    }
    fields.problem(
        "facility",
        "must be a number from 0 to 23 or one of "
            + String.join(", ", FACILITIES.keySet().stream().sorted().toList()));
    return null;
  }

  /** This machine's name for the HOSTNAME field, or "-" (RFC 5424's nil) when it has none. */
  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "-";
    }
  }
}
