package uk.warden.app.platform;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

  @ModelAttribute("currentUser")
  @Nullable String currentUser(@Nullable Principal principal) {
    return principal == null ? null : principal.getName();
  }
}
