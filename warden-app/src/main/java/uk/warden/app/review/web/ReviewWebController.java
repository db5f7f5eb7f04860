package uk.warden.app.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.warden.app.account.Action;
import uk.warden.app.platform.Permissions;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.register.RegisterService;
import uk.warden.app.review.Campaign;
import uk.warden.app.review.CampaignRequest;
import uk.warden.app.review.DecisionRequest;
import uk.warden.app.review.ReviewService;
import uk.warden.app.review.report.ReviewDownloads;
import uk.warden.core.input.BadInputException;

/**
 * The review pages: the campaigns with a form to start one, and a page per campaign with its
 * progress by system, a Confirm and a Revoke button with a reason on every undecided item, the
 * revocation tasks, and the CSV and PDF. Forms are shown only to roles that may post them.
 */
@Controller
class ReviewWebController {

  private final ReviewService reviews;
  private final RegisterService register;
  private final ReviewDownloads downloads;

  ReviewWebController(ReviewService reviews, RegisterService register, ReviewDownloads downloads) {
    this.reviews = reviews;
    this.register = register;
    this.downloads = downloads;
  }

  @GetMapping("/reviews")
  String campaigns(Model model, Authentication auth) {
    model.addAttribute("campaigns", reviews.campaigns());
    model.addAttribute("systems", register.systems());
    model.addAttribute("canWrite", Permissions.holds(auth, Action.RUN_ACCESS_REVIEWS));
    return "review/campaigns";
  }

  @PostMapping("/reviews")
  String start(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueOn,
      @RequestParam(required = false) @Nullable List<String> systems,
      Principal who,
      RedirectAttributes redirect) {
    return attempt(
        () -> {
          Campaign campaign =
              reviews.start(new CampaignRequest(name, dueOn, systems), who.getName());
          return "redirect:/reviews/" + campaign.id();
        },
        "redirect:/reviews",
        redirect);
  }

  @GetMapping("/reviews/{id}")
  String review(@PathVariable long id, Model model, Authentication auth) {
    model.addAttribute("r", reviews.review(id));
    model.addAttribute("canWrite", Permissions.holds(auth, Action.RUN_ACCESS_REVIEWS));
    model.addAttribute("reasonMax", DecisionRequest.REASON_MAX);
    return "review/campaign";
  }

  @PostMapping("/reviews/{id}/items/{item}")
  String decide(
      @PathVariable long id,
      @PathVariable long item,
      @RequestParam(required = false) @Nullable String decision,
      @RequestParam(required = false) @Nullable String reason,
      Principal who,
      RedirectAttributes redirect) {
    String back = "redirect:/reviews/" + id;
    return attempt(
        () -> {
          reviews.decide(id, new DecisionRequest(item, decision, reason), who.getName());
          return back;
        },
        back,
        redirect);
  }

  @PostMapping("/reviews/{id}/tasks/{task}/done")
  String done(
      @PathVariable long id,
      @PathVariable long task,
      @RequestParam(required = false) @Nullable String note,
      Principal who,
      RedirectAttributes redirect) {
    String back = "redirect:/reviews/" + id;
    return attempt(
        () -> {
          reviews.completeTask(id, task, note, who.getName());
          return back;
        },
        back,
        redirect);
  }

  @PostMapping("/reviews/{id}/close")
  String close(@PathVariable long id, Principal who, RedirectAttributes redirect) {
    String back = "redirect:/reviews/" + id;
    return attempt(
        () -> {
          reviews.close(id, who.getName());
          return back;
        },
        back,
        redirect);
  }

  @GetMapping("/reviews/{id}.csv")
  void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
    downloads.csv(reviews.review(id), response);
  }

  @GetMapping("/reviews/{id}.pdf")
  void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
    downloads.pdf(reviews.review(id), response);
  }

  /** Runs a form's action; bad input and refusals go back to the page as flash messages. */
  private static String attempt(
      Supplier<String> action, String onProblem, RedirectAttributes redirect) {
    try {
      return action.get();
    } catch (BadInputException e) {
      redirect.addFlashAttribute("problems", e.problems());
    } catch (RefusedException e) {
      redirect.addFlashAttribute("refusal", e.getMessage());
    }
    return onProblem;
  }
}
