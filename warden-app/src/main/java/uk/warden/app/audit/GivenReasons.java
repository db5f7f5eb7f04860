package uk.warden.app.audit;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reasons a web user gave, kept in their session against the page they were for, for a few minutes:
 * going back to the page or reloading it does not ask again, and the reason never travels in a URL
 * (where it would land in proxy and server logs).
 */
public final class GivenReasons {

  static final Duration VALID = Duration.ofMinutes(10);
  private static final String ATTRIBUTE = GivenReasons.class.getName();

  private record Given(String reason, Instant until) {}

  private GivenReasons() {}

  public static void give(HttpSession session, String page, String reason, Instant now) {
    givenIn(session).put(page, new Given(reason, now.plus(VALID)));
  }

  static @Nullable String find(HttpSession session, String page, Instant now) {
    Map<String, Given> given = givenIn(session);
    given.values().removeIf(g -> g.until().isBefore(now));
    Given found = given.get(page);
    return found == null ? null : found.reason();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Given> givenIn(HttpSession session) {
    synchronized (session) {
      Object map = session.getAttribute(ATTRIBUTE);
      if (map == null) {
        map = new HashMap<String, Given>();
        session.setAttribute(ATTRIBUTE, map);
      }
      return (Map<String, Given>) map;
    }
  }
}
