package uk.warden.app.register.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.warden.app.account.Action;
import uk.warden.app.platform.Permissions;
import uk.warden.app.platform.UploadNames;
import uk.warden.app.register.RegisterService;
import uk.warden.app.register.importing.PeopleImporter;
import uk.warden.app.register.importing.RegisterApplier;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ascode.RegisterPlan;

/** Upload pages for HR extracts and register files, with the import history. */
@Controller
class ImportsWebController {

  private final PeopleImporter people;
  private final RegisterApplier register;
  private final RegisterService history;

  ImportsWebController(PeopleImporter people, RegisterApplier register, RegisterService history) {
    this.people = people;
    this.register = register;
    this.history = history;
  }

  @GetMapping("/imports")
  String imports(Model model, Authentication auth) {
    return page(model, auth);
  }

  @PostMapping("/imports/people")
  String importPeople(
      @RequestParam("file") MultipartFile file, Model model, Authentication auth, Principal who) {
    try (InputStream in = file.getInputStream()) {
      var report = people.importPeople(UploadNames.of(file), in, null, who.getName());
      model.addAttribute(
          "message",
          String.format(
              "Imported %s: %,d rows, %,d people added, %,d updated.",
              UploadNames.of(file), report.rowsRead(), report.added(), report.updated()));
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
    } catch (IOException e) {
      model.addAttribute(
          "problems",
          java.util.List.of(InputProblem.file(UploadNames.of(file), "upload could not be read")));
    }
    return page(model, auth);
  }

  @PostMapping("/imports/register")
  String importRegister(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "plan") String action,
      Model model,
      Authentication auth,
      Principal who) {
    try (InputStream in = file.getInputStream()) {
      RegisterPlan plan;
      if ("apply".equals(action)) {
        plan = register.apply(UploadNames.of(file), in, who.getName());
        model.addAttribute(
            "message",
            plan.isEmpty() ? "Nothing to change." : "Applied " + UploadNames.of(file) + ".");
      } else {
        plan = register.plan(register.read(UploadNames.of(file), in));
      }
      model.addAttribute("plan", plan.describe(UploadNames.of(file)));
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
    } catch (IOException e) {
      model.addAttribute(
          "problems",
          java.util.List.of(InputProblem.file(UploadNames.of(file), "upload could not be read")));
    }
    return page(model, auth);
  }

  private String page(Model model, Authentication auth) {
    model.addAttribute("history", history.importHistory(50));
    model.addAttribute("canWrite", Permissions.holds(auth, Action.EDIT_REGISTER));
    return "register/imports";
  }
}
