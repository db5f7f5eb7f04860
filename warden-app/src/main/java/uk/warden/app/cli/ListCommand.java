package uk.warden.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.audit.Audit;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.RegisterService;
import uk.warden.core.register.Person;

/** {@code warden list people|parties|systems|agreements [--json]}: the register, for scripts. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List people, parties, systems or agreements.")
class ListCommand implements Callable<Integer> {

  enum What {
    people,
    parties,
    systems,
    agreements
  }

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WHAT", description = "One of: ${COMPLETION-CANDIDATES}.")
  What what;

  @Option(names = "--json", description = "Print JSON (an array of objects) instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (var context = Spring.start(store.location())) {
      RegisterService register = context.getBean(RegisterService.class);
      JsonMapper mapper = context.getBean(JsonMapper.class);
      switch (what) {
        case people -> {
          long listed = listPeople(register, mapper, out);
          context.getBean(Audit.class).consulted("people.list", List.of(), listed, null);
        }
        case parties ->
            print(
                register.parties(), mapper, out, p -> p.code() + "\t" + p.kind() + "\t" + p.name());
        case systems ->
            print(
                register.systems(),
                mapper,
                out,
                s ->
                    s.code()
                        + "\t"
                        + (s.hostCode() == null ? "in-house" : s.hostCode())
                        + "\t"
                        + s.marking().label()
                        + "\t"
                        + s.recordCount()
                        + "\t"
                        + s.name());
        case agreements ->
            print(
                register.agreements(),
                mapper,
                out,
                a ->
                    a.code()
                        + "\t"
                        + a.partyCode()
                        + "\t"
                        + a.start()
                        + "\t"
                        + (a.end() == null ? "-" : a.end())
                        + "\t"
                        + a.title());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Prints everyone; returns how many, for the audit record. */
  private long listPeople(RegisterService register, JsonMapper mapper, PrintWriter out) {
    boolean[] first = {true};
    long[] count = {0};
    if (json) {
      out.print('[');
    }
    register.forEachPerson(
        PersonFilter.ALL,
        (Person p) -> {
          if (json) {
            out.print(first[0] ? "\n" : ",\n");
            out.print(mapper.writeValueAsString(p));
          } else {
            out.println(
                p.payNumber()
                    + "\t"
                    + p.kind()
                    + "\t"
                    + (p.rankCode() != null ? p.rankCode() : p.grade() == null ? "" : p.grade())
                    + "\t"
                    + (p.unitCode() == null ? "" : p.unitCode())
                    + "\t"
                    + p.status()
                    + "\t"
                    + p.surname()
                    + ", "
                    + p.forenames());
          }
          first[0] = false;
          count[0]++;
        });
    if (json) {
      out.println(first[0] ? "]" : "\n]");
    }
    return count[0];
  }

  private <T> void print(
      List<T> items,
      JsonMapper mapper,
      PrintWriter out,
      java.util.function.Function<T, String> line) {
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(items));
    } else {
      items.forEach(item -> out.println(line.apply(item)));
    }
  }
}
