package uk.warden.app.exports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.warden.app.exports.store.ExtractStore;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.RegisterService;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Person;

/**
 * Holds an extract to its agreement's rules: whom it may name, how many, how often and in which
 * format. Every refusal says which rule and what to change.
 */
@Component
public class ExtractAllowance {

  private final RegisterService register;
  private final ExtractStore extracts;

  ExtractAllowance(RegisterService register, ExtractStore extracts) {
    this.register = register;
    this.extracts = extracts;
  }

  /** The agreement's rules, or a refusal: an agreement that states none lets nothing out. */
  public static ExtractRules rulesOf(Agreement agreement) {
    ExtractRules rules = agreement.extracts();
    if (rules == null) {
      throw new RefusedException(
          "no-extract-rules",
          "Agreement "
              + agreement.code()
              + " states no extract rules (whom, how many, how often, which formats), so no"
              + " extract may be made under it. Add them on the agreement's page or in the"
              + " register file's extracts block.");
    }
    return rules;
  }

  /**
   * The people the extract holds: those named (when given), each of whom the rule must allow, or
   * everyone the rule allows.
   */
  public List<Person> people(ExtractRules rules, @Nullable List<String> payNumbers) {
    if (payNumbers == null) {
      if (rules.people() == ExtractRules.PeopleRule.NAMED) {
        throw new BadInputException(
            InputProblem.field(
                "request",
                "people",
                "is required: this agreement allows only people named in each request"));
      }
      List<Person> people = new ArrayList<>();
      register.forEachPerson(
          PersonFilter.ALL,
          p -> {
            if (allows(rules, p)) {
              people.add(p);
            }
          });
      return people;
    }
    List<InputProblem> problems = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < payNumbers.size(); i++) {
      String pay = payNumbers.get(i).strip();
      if (!seen.add(pay.toUpperCase(Locale.ROOT))) {
        continue;
      }
      var person = register.findPerson(pay);
      if (person.isEmpty()) {
        problems.add(InputProblem.at("people", i + 1, "pay_number", "no person " + pay));
      } else if (!allows(rules, person.get())) {
        problems.add(
            InputProblem.at(
                "people", i + 1, "pay_number", pay + " is outside the agreement's people rule"));
      } else {
        people.add(person.get());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return people;
  }

  /** Whether the rule lets this person be sent. */
  public static boolean allows(ExtractRules rules, Person person) {
    return switch (rules.people()) {
      case NAMED -> true;
      case SERVING -> person.status() == EmploymentStatus.SERVING;
      case UNITS ->
          person.status() == EmploymentStatus.SERVING
              && person.unitCode() != null
              && rules.units().contains(person.unitCode());
    };
  }

  /** Refuses an extract over the agreement's size, format or frequency, naming the first rule. */
  public void checkLimits(
      Agreement agreement, ExtractRules rules, int people, ExtractFormat format, Instant now) {
    for (ExtractCheck.Problem problem : overLimits(agreement, rules, people, format, now)) {
      throw new RefusedException(
          problem.code().toLowerCase(Locale.ROOT).replace('_', '-'),
          "Refused under its rules: " + problem.detail() + ".");
    }
  }

  /**
   * What an extract of this many people in this format (null: none extracts are sent in) would
   * break of the agreement's size, format and frequency rules; empty when it breaks none. The
   * export refuses on these and the check of a file made elsewhere reports them, the same rules.
   */
  public List<ExtractCheck.Problem> overLimits(
      Agreement agreement,
      ExtractRules rules,
      int people,
      @Nullable ExtractFormat format,
      Instant now) {
    List<ExtractCheck.Problem> problems = new ArrayList<>();
    if (rules.maxPeople() != null && people > rules.maxPeople()) {
      problems.add(
          new ExtractCheck.Problem(
              "TOO_MANY_PEOPLE",
              String.format(
                  "%,d people; agreement %s allows at most %,d",
                  people, agreement.code(), rules.maxPeople())));
    }
    if (format == null || !rules.accepts(format)) {
      problems.add(
          new ExtractCheck.Problem(
              "FORMAT_NOT_ACCEPTED",
              "agreement "
                  + agreement.code()
                  + " accepts "
                  + String.join(", ", rules.formatWords())
                  + ", not "
                  + (format == null ? "this format" : format.word())));
    }
    ExtractRules.Frequency frequency = rules.frequency();
    if (frequency != null) {
      int sent = extracts.sentSince(agreement.code(), now.minus(Duration.ofDays(frequency.days())));
      if (sent >= frequency.extracts()) {
        problems.add(
            new ExtractCheck.Problem(
                "TOO_OFTEN",
                "agreement "
                    + agreement.code()
                    + " allows "
                    + frequency.describe()
                    + " and "
                    + sent
                    + " went in that time"));
      }
    }
    return problems;
  }
}
