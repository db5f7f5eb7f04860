package uk.warden.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.warden.app.access.StoredGrant;
import uk.warden.app.access.store.AccessStore;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.register.RegisterService;
import uk.warden.app.testing.ApiTestSupport;
import uk.warden.core.input.BadInputException;

/** The review rules, over the whole app and its store. */
class ReviewServiceTests extends ApiTestSupport {

  @Autowired ReviewService reviews;
  @Autowired RegisterService register;
  @Autowired AccessStore access;

  private ReviewData data;

  @BeforeEach
  void setUp() {
    data = ReviewData.load(register, access, unique("svc"));
  }

  private Campaign start() {
    return reviews.start(
        new CampaignRequest("Spring review", null, List.of(data.first(), data.second())), "dpo");
  }

  private ReviewItem item(long campaign, String grant) {
    return reviews.review(campaign).items().stream()
        .filter(i -> i.grantId().equals(grant))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCampaignTakesTheLiveGrantsOfTheChosenSystemsWithTheirOwners() {
    Campaign campaign = start();

    CampaignReview review = reviews.review(campaign.id());
    // By system code ("-hr" before "-pnc"), then holder.
    List<String> grants = data.grants();
    assertThat(review.items())
        .extracting(ReviewItem::grantId)
        .containsExactly(grants.get(2), grants.get(0), grants.get(1));
    assertThat(review.bySystem())
        .containsExactly(
            new Progress(data.second(), null, 1, 0, 0),
            new Progress(data.first(), "Head of HR", 2, 0, 0));
    assertThat(review.overall().total()).isEqualTo(3);
    assertThat(review.overall().percent()).isZero();
  }

  @Test
  void aCampaignWithNoLiveGrantsOrUnknownSystemsIsRefused() {
    String empty = unique("empty");
    register.saveSystem(uk.warden.app.testing.Fixtures.bareSystem(empty), true);

    assertThatThrownBy(
            () -> reviews.start(new CampaignRequest("Nothing", null, List.of(empty)), "dpo"))
        .isInstanceOf(RefusedException.class)
        .extracting(e -> ((RefusedException) e).problem())
        .isEqualTo("nothing-to-review");
    assertThatThrownBy(
            () -> reviews.start(new CampaignRequest(" ", null, List.of("no-such-system")), "dpo"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("no system no-such-system");
  }

  @Test
  void aDecisionNeedsAReasonOfBoundedLength() {
    Campaign campaign = start();
    long item = item(campaign.id(), data.grants().get(0)).id();

    assertThatThrownBy(
            () -> reviews.decide(campaign.id(), new DecisionRequest(item, "CONFIRM", "  "), "dpo"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () ->
                reviews.decide(
                    campaign.id(),
                    new DecisionRequest(
                        item, "CONFIRM", "x".repeat(DecisionRequest.REASON_MAX + 1)),
                    "dpo"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("longer than 1000");
    assertThatThrownBy(
            () -> reviews.decide(campaign.id(), new DecisionRequest(item, "MAYBE", "why"), "dpo"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("CONFIRM or REVOKE");
    assertThat(item(campaign.id(), data.grants().get(0)).decided()).isFalse();
  }

  @Test
  void anItemIsDecidedOnceAndTheFirstDecisionStands() {
    Campaign campaign = start();
    long item = item(campaign.id(), data.grants().get(0)).id();
    reviews.decide(campaign.id(), new DecisionRequest(item, "confirm", " still on duty "), "dpo");

    assertThatThrownBy(
            () -> reviews.decide(campaign.id(), new DecisionRequest(item, "REVOKE", "no"), "admin"))
        .isInstanceOf(RefusedException.class)
        .extracting(e -> ((RefusedException) e).problem())
        .isEqualTo("decided");

    ReviewItem decided = item(campaign.id(), data.grants().get(0));
    assertThat(decided.decision()).isEqualTo(Decision.CONFIRM);
    assertThat(decided.reason()).isEqualTo("still on duty");
    assertThat(decided.decidedBy()).isEqualTo("dpo");
    assertThat(access.grant(data.grants().get(0)).orElseThrow().live()).isTrue();
  }

  @Test
  void aRevocationRevokesTheGrantAndOpensATaskThatIsDoneOnce() {
    Campaign campaign = start();
    String grant = data.grants().get(1);
    long item = item(campaign.id(), grant).id();

    reviews.decide(campaign.id(), new DecisionRequest(item, "REVOKE", "moved to traffic"), "dpo");

    StoredGrant revoked = access.grant(grant).orElseThrow();
    assertThat(revoked.live()).isFalse();
    assertThat(revoked.revokedBy()).isEqualTo("dpo");
    assertThat(revoked.revokeReason()).isEqualTo("access review Spring review: moved to traffic");
    List<RevocationTask> tasks = reviews.tasks(campaign.id());
    assertThat(tasks).hasSize(1);
    RevocationTask task = tasks.get(0);
    assertThat(task.grantId()).isEqualTo(grant);
    assertThat(task.systemCode()).isEqualTo(data.first());
    assertThat(task.done()).isFalse();
    assertThatThrownBy(() -> reviews.completeTask(campaign.id(), task.id(), "", "admin"))
        .isInstanceOf(BadInputException.class);
    reviews.completeTask(campaign.id(), task.id(), "account removed in PNC", "admin");
    assertThatThrownBy(() -> reviews.completeTask(campaign.id(), task.id(), "again", "admin"))
        .isInstanceOf(RefusedException.class);
    assertThat(reviews.tasks(campaign.id()).get(0).note()).isEqualTo("account removed in PNC");
  }

  @Test
  void progressCountsAndACampaignClosesOnlyWhenEveryItemIsDecided() {
    Campaign campaign = start();
    List<String> grants = data.grants();
    decide(campaign, grants.get(0), "CONFIRM");
    decide(campaign, grants.get(1), "REVOKE");

    assertThat(reviews.review(campaign.id()).overall())
        .isEqualTo(new Progress(null, null, 3, 1, 1));
    assertThat(reviews.review(campaign.id()).overall().percent()).isEqualTo(66);
    assertThatThrownBy(() -> reviews.close(campaign.id(), "dpo"))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("1 of 3 items are not decided");

    decide(campaign, grants.get(2), "CONFIRM");
    Campaign closed = reviews.close(campaign.id(), "dpo");

    assertThat(closed.open()).isFalse();
    assertThat(closed.closedBy()).isEqualTo("dpo");
    CampaignReview review = reviews.review(campaign.id());
    assertThat(review.overall().percent()).isEqualTo(100);
    assertThat(review.bySystem()).allMatch(Progress::complete);
  }

  private void decide(Campaign campaign, String grant, String decision) {
    reviews.decide(
        campaign.id(),
        new DecisionRequest(item(campaign.id(), grant).id(), decision, "reviewed"),
        "dpo");
  }
}
