package uk.warden.app.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.warden.app.account.Action;
import uk.warden.app.audit.Audit;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.Permissions;
import uk.warden.app.register.DataLocation;
import uk.warden.app.register.ListedPerson;
import uk.warden.app.register.PeopleWriter;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.PersonRefs;
import uk.warden.app.register.RegisterService;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * People in the register. People arrive mostly through imports of HR extracts ({@code POST
 * /api/v1/imports/people}); single records can be created and corrected here. There is no delete: a
 * person stays a data subject of everything already shared about them.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People")
class PeopleApiController {

  private final RegisterService register;
  private final PeopleWriter writer;
  private final Audit audit;

  PeopleApiController(RegisterService register, PeopleWriter writer, Audit audit) {
    this.audit = audit;
    this.register = register;
    this.writer = writer;
  }

  /**
   * A user without {@link Action#READ_NAMES} gets people without names, and may not search by text:
   * the text search matches names, so its answers would tell them whose pay number is whose.
   */
  @GetMapping
  @Operation(summary = "Search people, a page at a time; names only for those who may see them")
  Page<ListedPerson> search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable PersonKind kind,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable String rank,
      @RequestParam(required = false) @Nullable EmploymentStatus status,
      @RequestParam(required = false) @Nullable ClearanceLevel clearance,
      @RequestParam(required = false) @Nullable SensitivityFlag flag,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Authentication auth) {
    boolean names = Permissions.holds(auth, Action.READ_NAMES);
    PersonFilter.refuseTextWithoutNames(q, names);
    Page<Person> found =
        register.searchPeople(
            new PersonFilter(q, kind, unit, rank, status, clearance, flag),
            PageRequest.of(page, size));
    audit.consulted("people.search", PersonRefs.of(found.items()), found.items().size(), null);
    return found.map(p -> ListedPerson.of(p, names));
  }

  @GetMapping("/{payNumber}")
  @Operation(summary = "One person")
  Person get(@PathVariable String payNumber) {
    String reason = audit.reasonFor(PersonRefs.VIEW, List.of(PersonRefs.of(payNumber)), null);
    Person person = register.person(payNumber);
    audit.consulted(PersonRefs.VIEW, List.of(PersonRefs.of(person)), 1, reason);
    return person;
  }

  @GetMapping("/{payNumber}/locations")
  @Operation(summary = "Where a person's data is: the systems whose population includes them")
  List<DataLocation> locations(@PathVariable String payNumber) {
    String reason = audit.reasonFor(PersonRefs.VIEW, List.of(PersonRefs.of(payNumber)), null);
    Person person = register.person(payNumber);
    audit.consulted(PersonRefs.VIEW, List.of(PersonRefs.of(person)), 1, reason);
    return register.whereIsDataOf(person);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a person")
  Person create(@RequestBody Person person) {
    if (register.findPerson(person.payNumber()).isPresent()) {
      throw new BadInputException(
          InputProblem.field("request", "payNumber", "a person with this pay number exists"));
    }
    writer.upsert(List.of(person));
    audit.changed(
        uk.warden.core.access.Operation.COLLECT,
        "person.create",
        List.of(PersonRefs.of(person)),
        1);
    return register.person(person.payNumber());
  }

  @PutMapping("/{payNumber}")
  @Operation(summary = "Correct a person's record")
  Person update(@PathVariable String payNumber, @RequestBody Person person) {
    if (!payNumber.equalsIgnoreCase(person.payNumber())) {
      throw new BadInputException(
          InputProblem.field("request", "payNumber", "does not match the pay number in the path"));
    }
    register.person(payNumber);
    writer.upsert(List.of(person));
    audit.changed(
        uk.warden.core.access.Operation.ALTER, "person.update", List.of(PersonRefs.of(person)), 1);
    return register.person(payNumber);
  }
}
