package uk.warden.app.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in user's name on every page, and the page for what is not there. */
@Controller
@ControllerAdvice(annotations = Controller.class)
class WebPages {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAttribute("status", 404);
    return "error";
  }

  /** Asks for the reason on its own page, then comes back to the page that needed it. */
  @ExceptionHandler(ReasonRequiredException.class)
  String reasonRequired(ReasonRequiredException e, HttpServletRequest request) {
    String query = request.getQueryString();
    String page = request.getRequestURI() + (query == null ? "" : "?" + query);
    return "redirect:/reason?action="
        + URLEncoder.encode(e.action(), StandardCharsets.UTF_8)
        + "&next="
        + URLEncoder.encode(page, StandardCharsets.UTF_8);
  }

  /** Whether the user may read the audit log, for the menu. */
  @ModelAttribute("auditReader")
  boolean auditReader(@Nullable Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(
                a ->
                    "ROLE_AUDITOR".equals(a.getAuthority()) || "ROLE_DPO".equals(a.getAuthority()));
  }

  @ModelAttribute("currentUser")
  @Nullable String currentUser(@Nullable Principal principal) {
    return principal == null ? null : principal.getName();
  }
}
