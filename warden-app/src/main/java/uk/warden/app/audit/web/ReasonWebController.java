package uk.warden.app.audit.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.warden.app.audit.GivenReasons;
import uk.warden.app.audit.ReasonPolicy;

/**
 * The page that asks why before a page the force wants a reason for (a person's record, a
 * notification list), then goes on to it. The reason is posted, not put in the link.
 */
@Controller
class ReasonWebController {

  private final Clock clock;

  ReasonWebController(Clock clock) {
    this.clock = clock;
  }

  @GetMapping("/reason")
  String ask(@RequestParam String action, @RequestParam String next, Model model) {
    model.addAttribute("action", action);
    model.addAttribute("next", local(next));
    model.addAttribute("maxLength", ReasonPolicy.MAX_LENGTH);
    return "audit/reason";
  }

  @PostMapping("/reason")
  String give(
      @RequestParam String action,
      @RequestParam String next,
      @RequestParam(required = false) @Nullable String reason,
      HttpSession session,
      Model model) {
    String page = local(next);
    String given = ReasonPolicy.clean(reason);
    if (given == null) {
      model.addAttribute("action", action);
      model.addAttribute("next", page);
      model.addAttribute("maxLength", ReasonPolicy.MAX_LENGTH);
      model.addAttribute("error", "Say why you need this: a case, an enquiry or a request.");
      return "audit/reason";
    }
    GivenReasons.give(session, page, given, clock.instant());
    return "redirect:" + page;
  }

  /** Only a page of this site: a reason page must not become a redirect to anywhere. */
  private static String local(String next) {
    boolean local =
        next.startsWith("/")
            && !next.startsWith("//")
            && !next.startsWith("/\\")
            && !next.startsWith("/reason")
            && next.chars().noneMatch(c -> c < 0x20);
    return local ? next : "/";
  }
}
