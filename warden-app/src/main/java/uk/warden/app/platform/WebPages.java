package uk.warden.app.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import uk.warden.app.account.Action;
import uk.warden.core.input.BadInputException;

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

  /**
   * A form posted without its file, or a file over the upload limit: nothing was stored, and the
   * page says so rather than failing as a server error.
   */
  @ExceptionHandler(MultipartException.class)
  String badUpload(MultipartException e, Model model, HttpServletResponse response) {
    int status =
        e instanceof MaxUploadSizeExceededException
            ? HttpStatus.CONTENT_TOO_LARGE.value()
            : HttpStatus.BAD_REQUEST.value();
    response.setStatus(status);
    model.addAttribute("status", status);
    return "error";
  }

  /** Bad input a page could not show beside its form, such as a search the user may not make. */
  @ExceptionHandler(BadInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badInput(Model model) {
    model.addAttribute("status", 400);
    return "error";
  }

  /** Asks for the reason on its own page, then comes back to the page that needed it. */
  @ExceptionHandler(ReasonRequiredException.class)
  String reasonRequired(ReasonRequiredException e, HttpServletRequest request) {
    String page = RequestedPage.of(request);
    return "redirect:/reason?action="
        + URLEncoder.encode(e.action(), StandardCharsets.UTF_8)
        + "&next="
        + URLEncoder.encode(page, StandardCharsets.UTF_8);
  }

  /** Whether the user may read the audit log, for the menu. */
  @ModelAttribute("auditReader")
  boolean auditReader(@Nullable Authentication auth) {
    return Permissions.holds(auth, Action.READ_AUDIT_LOG);
  }

  /**
   * The names of the actions the user holds, so a page shows only the forms and links they may use:
   * {@code ${may.contains('DECLARE_INCIDENTS')}}.
   */
  @ModelAttribute("may")
  Set<String> may(@Nullable Authentication auth) {
    Set<String> held = new HashSet<>();
    for (Action action : Action.values()) {
      if (Permissions.holds(auth, action)) {
        held.add(action.name());
      }
    }
    return held;
  }

  @ModelAttribute("currentUser")
  @Nullable String currentUser(@Nullable Principal principal) {
    return principal == null ? null : principal.getName();
  }
}
