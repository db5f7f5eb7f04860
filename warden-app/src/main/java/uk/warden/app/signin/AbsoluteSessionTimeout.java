package uk.warden.app.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in web session a fixed time after sign-in however busy it is, so a stolen or
 * forgotten session cannot be kept alive for ever by activity. The sign-in time is noted on the
 * first request that finds the session signed in (the redirect that follows sign-in), whether the
 * user signed in with a password or single sign-on.
 */
public final class AbsoluteSessionTimeout extends OncePerRequestFilter {

  static final String SIGNED_IN_AT = AbsoluteSessionTimeout.class.getName() + ".SIGNED_IN_AT";

  private final Duration limit;
  private final Clock clock;

  public AbsoluteSessionTimeout(Duration limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Instant now = clock.instant();
      Object signedInAt = session.getAttribute(SIGNED_IN_AT);
      if (signedInAt instanceof Instant at && !now.isBefore(at.plus(limit))) {
        session.invalidate();
        SecurityContextHolder.clearContext();
        // A fresh session at once, so the browser's next request does not carry the dead one's
        // cookie and read as an idle time-out.
        request.getSession(true);
        response.sendRedirect(request.getContextPath() + "/login?timedOut");
        return;
      }
      if (signedInAt == null && signedIn()) {
        session.setAttribute(SIGNED_IN_AT, now);
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.isAuthenticated()
        && !(auth instanceof AnonymousAuthenticationToken);
  }
}
