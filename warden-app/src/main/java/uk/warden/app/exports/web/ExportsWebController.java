package uk.warden.app.exports.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
import uk.warden.app.exports.CheckedFile;
import uk.warden.app.exports.ExportService;
import uk.warden.app.exports.ExtractCheck;
import uk.warden.app.exports.ExtractChecker;
import uk.warden.app.exports.ExtractDownloads;
import uk.warden.app.exports.ExtractRequest;
import uk.warden.app.exports.ExtractStatus;
import uk.warden.app.exports.ExtractTable;
import uk.warden.app.exports.PhotoFolder;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.app.exports.TracedFile;
import uk.warden.app.platform.Permissions;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.platform.UploadNames;
import uk.warden.app.platform.Uploads;
import uk.warden.app.register.RegisterService;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.ExtractFormat;
import uk.warden.inspect.report.Verdict;

/**
 * The governed road out on the web: make an extract under an agreement's rules, have a second
 * person approve or refuse a held one, fetch a released one, check a file another system made, and
 * trace a found one. The forms show only to roles that may use them; the security configuration
 * refuses the others' posts.
 */
@Controller
class ExportsWebController {

  private static final int RECENT = 50;

  private final ExportService exports;
  private final ExtractChecker checker;
  private final ExtractDownloads downloads;
  private final RegisterService register;
  private final PhotoFolder photos;

  ExportsWebController(
      ExportService exports,
      ExtractChecker checker,
      ExtractDownloads downloads,
      RegisterService register,
      PhotoFolder photos) {
    this.exports = exports;
    this.checker = checker;
    this.downloads = downloads;
    this.register = register;
    this.photos = photos;
  }

  @GetMapping("/exports")
  String exports(Model model, Authentication auth) {
    return list(model, auth);
  }

  @PostMapping("/exports")
  String make(
      @RequestParam(required = false) @Nullable String agreement,
      @RequestParam(required = false) @Nullable String people,
      @RequestParam(required = false) @Nullable String format,
      Model model,
      Authentication auth,
      RedirectAttributes redirect) {
    try {
      if (agreement == null || agreement.isBlank()) {
        throw new BadInputException(
            InputProblem.field("extract", "agreement", "choose the agreement"));
      }
      RecordedExtract made =
          exports
              .export(
                  new ExtractRequest(
                      agreement, payNumbers(people), format(format), photos.path(), true),
                  auth.getName())
              .recorded();
      redirect.addFlashAttribute(
          "message",
          made.status() == ExtractStatus.HELD
              ? "Extract " + made.id() + " is held until a second person approves it."
              : "Extract "
                  + made.id()
                  + " is released and recorded as transfer "
                  + made.transferId()
                  + ".");
      return "redirect:/exports/" + made.id();
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
    } catch (RefusedException e) {
      model.addAttribute("refusal", e.getMessage());
    }
    model.addAttribute("chosenAgreement", agreement);
    model.addAttribute("people", people);
    return list(model, auth);
  }

  @GetMapping("/exports/{id}")
  String extract(@PathVariable long id, Model model, Authentication auth) {
    return show(exports.extract(id), model, auth);
  }

  @PostMapping("/exports/{id}/approval")
  String decide(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String decision,
      @RequestParam(required = false) @Nullable String note,
      Model model,
      Authentication auth,
      RedirectAttributes redirect) {
    try {
      if ("APPROVE".equals(decision)) {
        RecordedExtract approved = exports.approve(id, auth.getName());
        redirect.addFlashAttribute(
            "message",
            "Approved: extract "
                + id
                + " is released and recorded as transfer "
                + approved.transferId()
                + ".");
      } else if ("REFUSE".equals(decision)) {
        exports.refuse(id, auth.getName(), note);
        redirect.addFlashAttribute("message", "Refused: extract " + id + " will not leave.");
      } else {
        throw new BadInputException(
            InputProblem.field("approval", "decision", "must be APPROVE or REFUSE"));
      }
      return "redirect:/exports/" + id;
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
    } catch (RefusedException e) {
      model.addAttribute("refusal", e.getMessage());
    }
    model.addAttribute("note", note);
    return show(exports.extract(id), model, auth);
  }

  @GetMapping("/exports/{id}/file")
  ResponseEntity<byte[]> file(@PathVariable long id) {
    return downloads.file(id);
  }

  @PostMapping("/exports/checks")
  String check(
      @RequestParam(required = false) @Nullable String agreement,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(required = false, defaultValue = "false") boolean record,
      Model model,
      Authentication auth) {
    try {
      if (agreement == null || agreement.isBlank()) {
        throw new BadInputException(
            InputProblem.field("check", "agreement", "choose the agreement"));
      }
      String name = UploadNames.of(chosen(file));
      ExtractCheck check = checker.check(agreement, name, content(file), auth.getName());
      CheckedFile kept = exports.keep(check, name, auth.getName(), record && passed(check));
      model.addAttribute("check", check);
      model.addAttribute("kept", kept);
      model.addAttribute("recordAsked", record);
      model.addAttribute("agreement", register.agreement(agreement));
      return "exports/check";
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
    } catch (RefusedException e) {
      model.addAttribute("refusal", e.getMessage());
    }
    return list(model, auth);
  }

  @PostMapping("/exports/traces")
  String trace(
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      Model model,
      Authentication auth) {
    try {
      String name = UploadNames.of(chosen(file));
      byte[] content = content(file);
      TracedFile traced =
          exports.trace(name, content, ExtractTable.read(name, content).rows(), auth.getName());
      model.addAttribute("fileName", name);
      model.addAttribute("traced", traced);
      return "exports/trace";
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
    }
    return list(model, auth);
  }

  private String list(Model model, Authentication auth) {
    model.addAttribute("held", exports.held());
    model.addAttribute("recent", exports.recent(RECENT));
    List<Agreement> governed =
        register.agreements().stream().filter(a -> a.extracts() != null).toList();
    model.addAttribute("governed", governed);
    model.addAttribute("agreements", register.agreements());
    model.addAttribute("zipAllowed", photos.path() != null);
    model.addAttribute("canMake", Permissions.holds(auth, Action.MAKE_EXTRACTS));
    model.addAttribute("canTrace", Permissions.holds(auth, Action.TRACE_FILES));
    return "exports/exports";
  }

  private String show(RecordedExtract extract, Model model, Authentication auth) {
    model.addAttribute("extract", extract);
    model.addAttribute(
        "canDecide",
        extract.status() == ExtractStatus.HELD
            && Permissions.holds(auth, Action.APPROVE_EXTRACTS)
            && !extract.madeBy().equalsIgnoreCase(auth.getName()));
    model.addAttribute(
        "ownHeld",
        extract.status() == ExtractStatus.HELD
            && extract.madeBy().equalsIgnoreCase(auth.getName()));
    model.addAttribute(
        "canFetch",
        extract.status() == ExtractStatus.RELEASED
            && Permissions.holds(auth, Action.MAKE_EXTRACTS));
    return "exports/extract";
  }

  private static boolean passed(ExtractCheck check) {
    return check.verdict() == Verdict.PASS;
  }

  private static @Nullable List<String> payNumbers(@Nullable String people) {
    if (people == null || people.isBlank()) {
      return null;
    }
    return Arrays.stream(people.split("[\\s,;]+")).filter(p -> !p.isBlank()).toList();
  }

  private static ExtractFormat format(@Nullable String format) {
    return format == null || format.isBlank()
        ? ExtractFormat.CSV
        : ExtractFormat.ofWord(format)
            .orElseThrow(
                () ->
                    new BadInputException(
                        InputProblem.field("extract", "format", "must be csv, xlsx or zip")));
  }

  private static MultipartFile chosen(@Nullable MultipartFile file) {
    if (file == null) {
      throw new BadInputException(InputProblem.field("upload", "file", "choose a file"));
    }
    return file;
  }

  private static byte[] content(@Nullable MultipartFile file) {
    return Uploads.bytes(chosen(file), ExtractTable.MAX_BYTES, "is over 200 MB");
  }
}
