package uk.warden.app.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Enum sets as the short text columns the store keeps them in ({@code COVERT,PROTECTION}). */
public final class Codes {

  private Codes() {}

  public static String join(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  public static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    if (text != null && !text.isBlank()) {
      Arrays.stream(text.split(",")).map(s -> Enum.valueOf(type, s.trim())).forEach(result::add);
    }
    return result;
  }
}
