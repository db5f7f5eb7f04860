package uk.warden.app.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.warden.app.platform.UploadNames;
import uk.warden.app.register.ImportRun;
import uk.warden.app.register.RegisterService;
import uk.warden.app.register.importing.PeopleImporter;
import uk.warden.app.register.importing.RegisterApplier;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ascode.RegisterChange;
import uk.warden.core.register.ascode.RegisterPlan;
import uk.warden.core.register.importing.ColumnMapping;

/** Imports through the API: HR extracts of people and register files, with their history. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
class ImportsApiController {

  /** A plan as JSON: each change and the counts; {@code applied} says whether it was applied. */
  record PlanView(
      boolean applied, int toAdd, int toChange, int toRemove, List<RegisterChange> changes) {
    static PlanView of(RegisterPlan plan, boolean applied) {
      return new PlanView(applied, plan.toAdd(), plan.toChange(), plan.toRemove(), plan.changes());
    }
  }

  private final PeopleImporter people;
  private final RegisterApplier register;
  private final RegisterService history;

  ImportsApiController(PeopleImporter people, RegisterApplier register, RegisterService history) {
    this.people = people;
    this.register = register;
    this.history = history;
  }

  @GetMapping
  @Operation(summary = "The latest imports and register applies, refused ones included")
  List<ImportRun> history() {
    return history.importHistory(100);
  }

  @PostMapping(path = "/people", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Import people from a CSV or XLSX file; one bad row refuses the whole file")
  PeopleImporter.Report importPeople(
      @RequestPart("file") MultipartFile file,
      @RequestPart(name = "mapping", required = false) @Nullable MultipartFile mapping,
      Principal who) {
    ColumnMapping columns = null;
    if (mapping != null) {
      try (InputStream in = open(mapping)) {
        columns = people.readMapping(UploadNames.of(mapping), in);
      } catch (IOException e) {
        throw unreadable(mapping);
      }
    }
    try (InputStream in = open(file)) {
      return people.importPeople(UploadNames.of(file), in, columns, who.getName());
    } catch (IOException e) {
      throw unreadable(file);
    }
  }

  @PostMapping(path = "/register", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Plan (default) or apply a register YAML file")
  PlanView importRegister(
      @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean apply,
      Principal who) {
    try (InputStream in = open(file)) {
      if (apply) {
        return PlanView.of(register.apply(UploadNames.of(file), in, who.getName()), true);
      }
      return PlanView.of(register.plan(register.read(UploadNames.of(file), in)), false);
    } catch (IOException e) {
      throw unreadable(file);
    }
  }

  private static InputStream open(MultipartFile file) throws IOException {
    return file.getInputStream();
  }

  private static BadInputException unreadable(MultipartFile file) {
    return new BadInputException(
        InputProblem.file(UploadNames.of(file), "the upload could not be read"));
  }
}
