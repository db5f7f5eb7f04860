package uk.warden.app.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.access.StoredGrant;
import uk.warden.app.access.store.AccessStore;
import uk.warden.app.findings.FindingsService;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.register.RegisterService;
import uk.warden.app.review.store.ReviewStore;
import uk.warden.core.access.Grant;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.DataSystem;

/**
 * Runs access review campaigns. The rules: a campaign covers the grants live when it starts (one
 * with none is refused); each item is decided once, with a reason, and a second decision is refused
 * rather than overwriting the first, so the record shows what the owner said; a revocation revokes
 * the grant and opens a task to remove the access in the system itself; a campaign closes only when
 * every item is decided, and a closed campaign takes no more decisions. Tasks can still be done
 * after closing: removing access in a system can take longer than the review.
 *
 * <p>Decisions are recorded by a Warden writer (ADMIN or DPO), usually on the owner's word: {@code
 * decidedBy} is that user, and the owner at the start is kept on each item.
 */
@Service
public class ReviewService {

  static final String TASK_SOURCE = "task";
  static final int NOTE_MAX = 1000;

  private final ReviewStore store;
  private final AccessStore access;
  private final RegisterService register;
  private final FindingsService findings;
  private final Clock clock;

  public ReviewService(
      ReviewStore store,
      AccessStore access,
      RegisterService register,
      FindingsService findings,
      Clock clock) {
    this.store = store;
    this.access = access;
    this.register = register;
    this.findings = findings;
    this.clock = clock;
  }

  @Transactional
  public Campaign start(CampaignRequest request, String by) {
    Map<String, DataSystem> systems =
        register.systems().stream()
            .collect(Collectors.toMap(DataSystem::code, Function.identity()));
    CampaignRequest.Checked checked = request.check(systems::containsKey);
    List<Grant> grants = new ArrayList<>(liveGrants(checked));
    if (grants.isEmpty()) {
      throw new RefusedException(
          "nothing-to-review",
          "There are no live grants on "
              + (checked.allSystems() ? "any system" : "the systems chosen")
              + ", so there is nothing to review.");
    }
    grants.sort(Comparator.comparing(Grant::systemCode).thenComparing(Grant::id));
    List<ReviewStore.Snapshot> snapshots =
        grants.stream()
            .map(
                g -> {
                  DataSystem system = systems.get(g.systemCode());
                  return new ReviewStore.Snapshot(g, system == null ? null : system.owner());
                })
            .toList();
    long id = store.start(checked.name(), checked.dueOn(), by, clock.instant(), snapshots);
    return campaign(id);
  }

  private List<Grant> liveGrants(CampaignRequest.Checked checked) {
    if (checked.allSystems()) {
      return access.directory().grants();
    }
    return checked.systems().stream()
        .flatMap(code -> access.grantsOn(code).stream())
        .filter(StoredGrant::live)
        .map(StoredGrant::grant)
        .toList();
  }

  public List<CampaignSummary> campaigns() {
    return store.campaigns().stream()
        .map(c -> new CampaignSummary(c, overall(store.progress(c.id()))))
        .toList();
  }

  public Campaign campaign(long id) {
    return store
        .campaign(id)
        .orElseThrow(() -> new NotFoundException("review", "no access review " + id));
  }

  public CampaignReview review(long id) {
    Campaign campaign = campaign(id);
    List<Progress> bySystem = store.progress(id);
    return new CampaignReview(
        campaign, overall(bySystem), bySystem, store.items(id), store.tasks(id));
  }

  public List<RevocationTask> tasks(long campaignId) {
    campaign(campaignId);
    return store.tasks(campaignId);
  }

  /**
   * Records a decision. A revocation revokes the grant (if still live) with the campaign named in
   * the reason, and opens a task, in the same transaction.
   */
  @Transactional
  public ReviewItem decide(long campaignId, DecisionRequest request, String by) {
    DecisionRequest.Checked checked = request.check();
    Campaign campaign = campaign(campaignId);
    ReviewItem item =
        store
            .item(checked.item())
            .filter(i -> i.campaignId() == campaignId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "review item", "no item " + checked.item() + " in review " + campaignId));
    if (!campaign.open()) {
      throw new RefusedException(
          "closed", "Review " + campaignId + " is closed and takes no more decisions.");
    }
    Instant at = clock.instant();
    if (!store.decide(item.id(), checked.decision(), checked.reason(), by, at)) {
      throw new RefusedException(
          "decided",
          "Item "
              + item.id()
              + " was already decided ("
              + store.item(item.id()).map(ReviewItem::decision).orElse(null)
              + "); a decision is made once.");
    }
    if (checked.decision() == Decision.REVOKE) {
      access.revoke(
          item.grantId(), by, "access review " + campaign.name() + ": " + checked.reason(), at);
      store.addTask(campaignId, item.id(), item.grantId(), at);
      // The findings are computed over live grants, and this one no longer is.
      findings.invalidate();
    }
    return store.item(item.id()).orElseThrow();
  }

  /** Marks a task done with a note saying what was done in the system. */
  @Transactional
  public RevocationTask completeTask(
      long campaignId, long taskId, @Nullable String note, String by) {
    List<InputProblem> problems = new ArrayList<>();
    String checked = Reasons.check(note, TASK_SOURCE, "note", NOTE_MAX, problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    RevocationTask task =
        store
            .task(taskId)
            .filter(t -> t.campaignId() == campaignId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "review task", "no task " + taskId + " in review " + campaignId));
    if (!store.completeTask(task.id(), by, checked, clock.instant())) {
      throw new RefusedException("done", "Task " + taskId + " is already done.");
    }
    return store.task(taskId).orElseThrow();
  }

  /** Closes a campaign once every item is decided; until then it is refused. */
  @Transactional
  public Campaign close(long id, String by) {
    Campaign campaign = campaign(id);
    Progress overall = overall(store.progress(id));
    if (!overall.complete()) {
      throw new RefusedException(
          "undecided",
          (overall.total() - overall.decided())
              + " of "
              + overall.total()
              + " items are not decided yet; a review closes when every grant is decided.");
    }
    if (!store.close(campaign.id(), by, clock.instant())) {
      throw new RefusedException("closed", "Review " + id + " is already closed.");
    }
    return campaign(id);
  }

  private static Progress overall(List<Progress> bySystem) {
    long total = 0;
    long confirmed = 0;
    long revoked = 0;
    for (Progress p : bySystem) {
      total += p.total();
      confirmed += p.confirmed();
      revoked += p.revoked();
    }
    return new Progress(null, null, total, confirmed, revoked);
  }
}
