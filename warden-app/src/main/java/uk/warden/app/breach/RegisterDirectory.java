package uk.warden.app.breach;

import java.util.HashMap;
import java.util.Map;
import uk.warden.app.breach.report.NotifiedPerson;
import uk.warden.app.breach.report.PersonDirectory;
import uk.warden.app.register.store.PersonStore;
import uk.warden.core.register.Person;

/** The register as the notification list's source of names, a batch of people at a time. */
final class RegisterDirectory implements PersonDirectory {

  private final PersonStore people;

  RegisterDirectory(PersonStore people) {
    this.people = people;
  }

  @Override
  public int[] idsInPayNumberOrder() {
    return people.idsInPayNumberOrder();
  }

  @Override
  public Map<Integer, NotifiedPerson> find(int[] ids) {
    Map<Integer, NotifiedPerson> found = new HashMap<>();
    for (Person person : people.findByIds(ids)) {
      found.put(person.id(), NotifiedPerson.of(person));
    }
    return found;
  }
}
