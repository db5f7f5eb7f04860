package uk.warden.app.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sends a visitor who must sign in to the sign-in page, saying so when it is because their session
 * ended from idleness (the browser still presents the session the server has dropped). A form
 * posted after the session ended fails its CSRF check, since the token lived in the session; that
 * too goes to the sign-in page rather than a bare 403.
 */
public final class EndedSessionRedirect implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.sendRedirect(
        request.getContextPath() + (sessionEnded(request) ? "/login?expired" : "/login"));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, ServletException {
    if (e instanceof CsrfException && sessionEnded(request)) {
      response.sendRedirect(request.getContextPath() + "/login?expired");
    } else {
      denied.handle(request, response, e);
    }
  }

  private static boolean sessionEnded(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
  }
}
