package uk.warden.app.disclosure.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.warden.app.account.Action;
import uk.warden.app.disclosure.Decision;
import uk.warden.app.disclosure.Expectations;
import uk.warden.app.disclosure.RecordedInspection;
import uk.warden.app.disclosure.ReleaseDecision;
import uk.warden.app.disclosure.ReleaseService;
import uk.warden.app.disclosure.ReleaseStatus;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.Permissions;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.platform.UploadNames;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * The disclosure pages: upload a file about to leave, read what the inspection found, and record
 * the two-person release decision. Uploading and deciding need a role that writes (the security
 * configuration refuses the others' posts; the page hides the forms from them).
 */
@Controller
class DisclosuresWebController {

  private static final int PAGE_SIZE = 50;

  private final ReleaseService releases;

  DisclosuresWebController(ReleaseService releases) {
    this.releases = releases;
  }

  @GetMapping("/disclosures")
  String disclosures(
      @RequestParam(required = false) @Nullable Integer page, Model model, Authentication auth) {
    return list(page, model, auth);
  }

  @PostMapping("/disclosures")
  String upload(
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(required = false) @Nullable String expect,
      Model model,
      Authentication auth,
      Principal who) {
    if (file == null || file.isEmpty()) {
      model.addAttribute(
          "problems", List.of(InputProblem.field("upload", "file", "choose a file to inspect")));
      return list(null, model, auth);
    }
    try (InputStream in = file.getInputStream()) {
      RecordedInspection recorded =
          releases.inspect(
              in, file.getOriginalFilename(), Expectations.parse(expect), who.getName());
      return "redirect:/disclosures/" + recorded.id();
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
    } catch (IOException e) {
      model.addAttribute(
          "problems",
          List.of(InputProblem.file(UploadNames.of(file), "the upload could not be read")));
    }
    return list(null, model, auth);
  }

  @GetMapping("/disclosures/{id}")
  String inspection(@PathVariable long id, Model model, Authentication auth) {
    return show(releases.inspection(id), model, auth);
  }

  @PostMapping("/disclosures/{id}/decisions")
  String decide(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String decision,
      @RequestParam(required = false) @Nullable String reason,
      Model model,
      Authentication auth,
      RedirectAttributes redirect) {
    try {
      RecordedInspection decided =
          releases.decide(id, Decision.parse(decision), reason, auth.getName());
      redirect.addFlashAttribute("message", outcome(decided));
      return "redirect:/disclosures/" + id;
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
    } catch (RefusedException e) {
      model.addAttribute("refusal", e.getMessage());
    }
    // The reason typed is kept, so a refused reason can be lengthened rather than retyped.
    model.addAttribute("reason", reason);
    return show(releases.inspection(id), model, auth);
  }

  private String list(@Nullable Integer page, Model model, Authentication auth) {
    model.addAttribute(
        "result", releases.inspections(null, new PageRequest(page == null ? 1 : page, PAGE_SIZE)));
    model.addAttribute("canWrite", Permissions.holds(auth, Action.INSPECT_FILES));
    return "disclosure/disclosures";
  }

  private String show(RecordedInspection inspection, Model model, Authentication auth) {
    boolean approved =
        inspection.decisions().stream()
            .anyMatch(
                d -> d.decision() == Decision.APPROVE && d.decidedBy().equals(auth.getName()));
    model.addAttribute("inspection", inspection);
    model.addAttribute("rows", ReportRows.of(inspection.report()));
    model.addAttribute(
        "canDecide",
        Permissions.holds(auth, Action.DECIDE_RELEASES)
            && inspection.status() == ReleaseStatus.PENDING);
    model.addAttribute("approvedByMe", approved);
    model.addAttribute("reviewWords", ReleaseService.REVIEW_REASON_WORDS);
    return "disclosure/inspection";
  }

  private static String outcome(RecordedInspection decided) {
    ReleaseDecision last = decided.decisions().get(decided.decisions().size() - 1);
    String recorded =
        last.decision() == Decision.APPROVE
            ? "Your approval is recorded."
            : "Your rejection is recorded.";
    return switch (decided.status()) {
      case RELEASABLE ->
          recorded + " Two different people have approved it: the file is releasable.";
      case REJECTED -> recorded + " The file is rejected and must not be released.";
      case PENDING ->
          recorded
              + (decided.approvalsNeeded() == 1
                  ? " It needs one more approval"
                  : " It needs " + decided.approvalsNeeded() + " more approvals")
              + ", from a different person, before it is releasable.";
      case BLOCKED -> recorded;
    };
  }
}
