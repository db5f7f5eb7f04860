package uk.warden.app.register;

import java.util.List;
import uk.warden.core.register.Person;

/** How people are named in the audit log: by pay number, never by name. */
public final class PersonRefs {

  /** Opening one person's record: the action the reason policy asks about by default. */
  public static final String VIEW = "person.view";

  private PersonRefs() {}

  public static String of(Person person) {
    return of(person.payNumber());
  }

  public static String of(String payNumber) {
    return "person:" + payNumber;
  }

  public static List<String> of(List<Person> people) {
    return people.stream().map(PersonRefs::of).toList();
  }
}
