package uk.warden.app.findings;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.exports.ExportService;
import uk.warden.app.findings.store.FindingStateStore;
import uk.warden.app.findings.store.FindingStateStore.State;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.watch.WatchService;
import uk.warden.core.findings.Finding;
import uk.warden.core.findings.FindingsInput;
import uk.warden.core.findings.FindingsReport;
import uk.warden.core.findings.risk.PartyRisk;
import uk.warden.core.findings.risk.SupplierRisk;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * The findings list: the engine's findings over the store as it is now and the integrity watch's
 * open losses, each with what people decided about it (assigned, resolved with a note, reopened).
 *
 * <p>An evaluation reads the whole register, custody and access directory (seconds for a force), so
 * it is kept. When access data changes ({@link #invalidate}) the next call evaluates afresh. In a
 * running server an evaluation older than {@link #REUSE} is still served while a newer one is made
 * in the background, and one is made as soon as the server starts, so no page waits on the engine
 * except after a change. Decisions are read fresh on every call, so resolving a finding shows
 * immediately.
 */
@Service
public class FindingsService {

  /** How long an evaluation is reused when nothing Warden knows of has changed. */
  static final Duration REUSE = Duration.ofSeconds(30);

  private static final String SOURCE = "finding decision";
  private static final String FILTER = "findings filter";
  private static final int MAX_NOTE = 2000;
  private static final int MAX_ASSIGNEE = 64;

  private final FindingsEvaluator evaluator;
  private final FindingStateStore states;
  private final WatchService watch;
  private final Clock clock;
  private volatile @Nullable Evaluation cached;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private final AtomicBoolean pending = new AtomicBoolean();
  private final AtomicLong generation = new AtomicLong();
  private final ExportService exports;
  private volatile @Nullable ExecutorService background;

  public FindingsService(
      FindingsEvaluator evaluator,
      FindingStateStore states,
      WatchService watch,
      Clock clock,
      ExportService exports) {
    this.exports = exports;
    this.evaluator = evaluator;
    this.states = states;
    this.watch = watch;
    this.clock = clock;
  }

  /** An evaluation: what the engine looked at, and what it found. */
  public record Evaluation(FindingsInput input, FindingsReport report, Instant madeAt) {}

  public Evaluation evaluation() {
    Evaluation current = cached;
    if (current == null
        || (background == null && current.madeAt().plus(REUSE).isBefore(clock.instant()))) {
      current = evaluate();
    } else if (current.madeAt().plus(REUSE).isBefore(clock.instant())) {
      refreshInBackground();
    }
    return current;
  }

  /**
   * Drops the kept evaluation: the next call (or, in a server, the background) evaluates afresh.
   */
  public void invalidate() {
    generation.incrementAndGet();
    cached = null;
    refreshInBackground();
  }

  /**
   * Evaluates and keeps the result unless the data changed meanwhile: an evaluation that started
   * before a change must not stand for the data after it.
   */
  private Evaluation evaluate() {
    long before = generation.get();
    Evaluation made = evaluator.evaluate(clock.instant());
    if (generation.get() == before) {
      cached = made;
    }
    return made;
  }

  /** A server keeps its evaluation fresh in the background; one-shot commands never do. */
  @EventListener(WebServerInitializedEvent.class)
  void serving() {
    background =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "findings-evaluation");
              thread.setDaemon(true);
              thread.setPriority(Thread.MIN_PRIORITY);
              return thread;
            });
    refreshInBackground();
  }

  @PreDestroy
  void stop() {
    ExecutorService executor = background;
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private void refreshInBackground() {
    ExecutorService executor = background;
    if (executor == null) {
      return;
    }
    pending.set(true);
    if (!refreshing.compareAndSet(false, true)) {
      return;
    }
    executor.execute(
        () -> {
          try {
            while (pending.getAndSet(false)) {
              evaluate();
            }
          } catch (RuntimeException e) {
            // Nothing is kept: the next page view evaluates in the foreground and shows the
            // problem.
          } finally {
            refreshing.set(false);
          }
          if (pending.get()) {
            refreshInBackground();
          }
        });
  }

  /**
   * The suppliers ranked by risk, each contribution explained; findings people resolved no longer
   * count against them.
   */
  public List<PartyRisk> risks() {
    Evaluation now = evaluation();
    List<Finding> open =
        list(FindingFilter.ALL).stream()
            .filter(l -> l.status() == FindingStatus.OPEN)
            .map(ListedFinding::finding)
            .toList();
    return SupplierRisk.standard().rank(now.input(), open);
  }

  /** Every current finding matching the filter, most severe first, with its decisions. */
  public List<ListedFinding> list(FindingFilter filter) {
    requireKnown(filter);
    Map<String, State> decided = states.all();
    List<ListedFinding> listed = new ArrayList<>();
    for (Finding finding : current()) {
      ListedFinding one = listed(finding, decided.get(finding.key()));
      if (filter.matches(one)) {
        listed.add(one);
      }
    }
    listed.sort(
        Comparator.comparing((ListedFinding l) -> l.finding().severity())
            .reversed()
            .thenComparing(l -> l.finding().ruleCode())
            .thenComparing(ListedFinding::key));
    return listed;
  }

  /**
   * Refuses a filter naming a rule, party or system Warden does not know: a typo would otherwise
   * list nothing, which reads as "all clear".
   */
  private void requireKnown(FindingFilter filter) {
    Evaluation now = evaluation();
    List<InputProblem> problems = new ArrayList<>();
    if (filter.rule() != null
        && !filter.rule().equals(WatchLosses.RULE)
        && !filter.rule().equals(CanarySightings.RULE)
        && !now.report().countsByRule().containsKey(filter.rule())) {
      problems.add(
          InputProblem.field(
              FILTER,
              "rule",
              "no enabled rule "
                  + filter.rule()
                  + "; the rules are "
                  + String.join(", ", now.report().countsByRule().keySet())
                  + ", "
                  + WatchLosses.RULE
                  + " and "
                  + CanarySightings.RULE));
    }
    if (filter.party() != null && !evaluator.knowsParty(filter.party())) {
      problems.add(InputProblem.field(FILTER, "party", "no party " + filter.party()));
    }
    if (filter.system() != null && !evaluator.knowsSystem(filter.system())) {
      problems.add(InputProblem.field(FILTER, "system", "no system " + filter.system()));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  public ListedFinding get(String key) {
    return find(key)
        .map(f -> listed(f, states.get(key).orElse(null)))
        .orElseThrow(() -> new NotFoundException("finding", "no current finding " + key));
  }

  public List<FindingNote> history(String key) {
    return states.history(key);
  }

  @Transactional
  public ListedFinding assign(String key, String assignee, @Nullable String note, String by) {
    String who = text(assignee, "assignee", MAX_ASSIGNEE);
    ListedFinding now = get(key);
    return decide(
        key, new State(now.status(), who, clock.instant(), by), FindingAction.ASSIGN, note);
  }

  @Transactional
  public ListedFinding resolve(String key, String note, String by) {
    String why = text(note, "note", MAX_NOTE);
    ListedFinding now = get(key);
    if (now.status() == FindingStatus.RESOLVED) {
      throw new RefusedException("already-resolved", "finding " + key + " is already resolved");
    }
    return decide(
        key,
        new State(FindingStatus.RESOLVED, now.assignee(), clock.instant(), by),
        FindingAction.RESOLVE,
        why);
  }

  @Transactional
  public ListedFinding reopen(String key, @Nullable String note, String by) {
    ListedFinding now = get(key);
    if (now.status() != FindingStatus.RESOLVED) {
      throw new RefusedException(
          "not-resolved", "finding " + key + " is not resolved: nothing to reopen");
    }
    return decide(
        key,
        new State(FindingStatus.OPEN, now.assignee(), clock.instant(), by),
        FindingAction.REOPEN,
        note == null || note.isBlank() ? null : text(note, "note", MAX_NOTE));
  }

  private ListedFinding decide(
      String key, State state, FindingAction action, @Nullable String note) {
    states.put(key, state, action, note);
    return get(key);
  }

  private List<Finding> current() {
    List<Finding> all = new ArrayList<>(evaluation().report().findings());
    all.addAll(WatchLosses.asFindings(watch.openFindings()));
    all.addAll(CanarySightings.asFindings(exports.sightings()));
    return all;
  }

  private Optional<Finding> find(String key) {
    return current().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  private static ListedFinding listed(Finding finding, @Nullable State state) {
    return state == null
        ? new ListedFinding(finding, FindingStatus.OPEN, null, null, null)
        : new ListedFinding(
            finding, state.status(), state.assignee(), state.changedAt(), state.changedBy());
  }

  private static String text(@Nullable String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new BadInputException(InputProblem.field(SOURCE, field, "is required"));
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new BadInputException(
          InputProblem.field(SOURCE, field, "is longer than " + max + " characters"));
    }
    return stripped;
  }
}
