package uk.warden.core.access;

import java.util.Locale;
import java.util.Optional;

/** How records were reached or sent, where the log says (DOMAIN.md §2.2). */
public enum Channel {
  SCREEN,
  EXPORT,
  PRINT,
  API;

  public static Optional<Channel> parse(String text) {
    for (Channel channel : values()) {
      if (channel.name().equals(text)) {
        return Optional.of(channel);
      }
    }
    String key = text.strip().toUpperCase(Locale.ROOT);
    for (Channel channel : values()) {
      if (channel.name().equals(key)) {
        return Optional.of(channel);
      }
    }
    return Optional.empty();
  }
}
