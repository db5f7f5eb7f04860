package uk.warden.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.breach.Assessment;
import uk.warden.app.breach.BreachService;
import uk.warden.app.breach.ImpactView;
import uk.warden.app.crypto.KeysConfig;
import uk.warden.app.platform.LeanStore;
import uk.warden.core.breach.Evidence;
import uk.warden.core.breach.RiskTier;

/**
 * {@code warden impact --party NAME [--from T] [--to T] [--json]} or {@code --incident ID}: who and
 * what a breach exposed, from the custody ledger. Without {@code --from} the start is unknown, and
 * the worst and best cases are shown side by side with what decides the difference.
 */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description =
        "Who and what is exposed if a party was breached (or for a declared incident): people,"
            + " records, categories and risk tiers, worst and best case when the window is"
            + " uncertain, and the 72-hour deadline.")
class ImpactCommand implements Callable<Integer> {

  static class Subject {
    @Option(
        names = "--party",
        paramLabel = "NAME",
        description = "The party's code, name, or a unique part of its name.")
    @Nullable String party;

    @Option(names = "--incident", paramLabel = "ID", description = "A declared incident.")
    @Nullable String incident;
  }

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Subject subject;

  @Option(
      names = "--from",
      converter = TimeConverter.class,
      description = "Start of the breach window; unknown when left out.")
  @Nullable Instant from;

  @Option(
      names = "--to",
      converter = TimeConverter.class,
      description = "End of the breach window; unknown when left out.")
  @Nullable Instant to;

  @Option(
      names = "--aware",
      converter = TimeConverter.class,
      description = "When the force became aware (starts the 72-hour clock); default now.")
  @Nullable Instant aware;

  @Option(names = "--json", description = "Print the assessment as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // A store ready as it is needs no application context, which is most of a cold command's
    // time; the stores and services are the same (see LeanStore for when it applies).
    try (LeanStore lean = LeanStore.open(store.location())) {
      if (lean != null) {
        answer(
            BreachService.standalone(lean, KeysConfig.standalone(store.location())),
            lean.jsonMapper(),
            out);
        return ExitCodes.OK;
      }
    }
    try (var context = Spring.start(store.location())) {
      answer(context.getBean(BreachService.class), context.getBean(JsonMapper.class), out);
    }
    return ExitCodes.OK;
  }

  private void answer(BreachService breaches, JsonMapper mapper, PrintWriter out) {
    Assessment assessment =
        subject.incident != null
            ? breaches.assess(subject.incident)
            : breaches.assessParty(subject.party, from, to, aware);
    ImpactView view = ImpactView.of(assessment);
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(view));
    } else {
      print(view, out);
    }
  }

  private static void print(ImpactView view, PrintWriter out) {
    out.printf("%s%n", view.incident().title());
    out.printf(
        "Window: %s to %s%n", orUnknown(view.incident().from()), orUnknown(view.incident().to()));
    if (view.windowKnown()) {
      out.printf(
          "Exposed: %,d people, %,d records (%,d certain, %,d possible)%n",
          view.people(), view.records(), view.certain(), view.possible());
      tiers(view.byTier(), out);
    } else {
      ImpactView.Case worst = view.worstCase();
      ImpactView.Case best = view.bestCase();
      out.printf("%-22s %18s %18s%n", "", "worst case", "best case");
      out.printf("%-22s %18s %18s%n", "from", worst.from(), best.from());
      out.printf("%-22s %18s %18s%n", "to", worst.to(), best.to());
      row("people", worst.people(), best.people(), out);
      row("records", worst.records(), best.records(), out);
      row("certain", worst.certain(), best.certain(), out);
      row("possible", worst.possible(), best.possible(), out);
      for (RiskTier tier : RiskTier.values()) {
        row(
            tier.name().toLowerCase(Locale.ROOT) + " risk",
            worst.byTier().get(tier),
            best.byTier().get(tier),
            out);
      }
      row("leavers", worst.leavers().people(), best.leavers().people(), out);
    }
    out.println("Categories exposed (people):");
    view.byCategory().forEach((key, people) -> out.printf("  %-45s %,10d%n", key, people));
    if (!view.evidence().isEmpty()) {
      out.println("What decides the difference:");
      for (Evidence evidence : view.evidence()) {
        out.printf("  %-10s %,10d  %s%n", evidence.kind(), evidence.people(), evidence.what());
      }
    }
    ImpactView.DeadlineView deadline = view.deadline();
    out.printf(
        "ICO deadline: %s (%s)%n",
        deadline.due(),
        deadline.notifiedAt() != null
            ? "notified " + deadline.notifiedAt()
            : deadline.late()
                ? "late by " + -deadline.hoursLeft() + " hours"
                : deadline.hoursLeft() + " hours left");
  }

  private static void tiers(Map<RiskTier, Long> byTier, PrintWriter out) {
    byTier.forEach(
        (tier, people) ->
            out.printf("  %-8s %,10d%n", tier.name().toLowerCase(Locale.ROOT), people));
  }

  private static void row(String label, long worst, long best, PrintWriter out) {
    out.printf("%-22s %,18d %,18d%n", label, worst, best);
  }

  private static String orUnknown(@Nullable Instant at) {
    return at == null ? "unknown" : at.toString();
  }
}
