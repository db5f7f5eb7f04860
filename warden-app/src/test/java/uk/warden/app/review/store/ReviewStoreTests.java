package uk.warden.app.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.warden.app.review.Campaign;
import uk.warden.app.review.Decision;
import uk.warden.app.review.Progress;
import uk.warden.app.review.ReviewItem;
import uk.warden.app.review.RevocationTask;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;

/** Campaigns, items, decisions and tasks as kept, on H2 and on PostgreSQL. */
class ReviewStoreTests {

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private static final Grant FULL =
      new Grant(
          "g1",
          "u100001",
          "pnc",
          Set.of("user.name", "user.contact.address"),
          AccessType.EXPORT,
          "Case files",
          "admin",
          AT.minusSeconds(86_400),
          AT.plusSeconds(86_400 * 30),
          AT.minusSeconds(3_600));
  private static final Grant BARE =
      new Grant(
          "g2",
          "g-hr",
          "hr",
          Set.of(),
          AccessType.READ,
          null,
          null,
          AT.minusSeconds(60),
          null,
          null);

  private static long started(ReviewStore store) {
    return store.start(
        "Q1 review",
        LocalDate.of(2026, 3, 31),
        "dpo",
        AT,
        List.of(
            new ReviewStore.Snapshot(FULL, "Head of Crime"), new ReviewStore.Snapshot(BARE, null)));
  }

  @StoreTest
  void aCampaignKeepsEveryFieldOfItsSnapshots(TestDatabase db) {
    ReviewStore store = new ReviewStore(db.jdbc(), db.template());

    long id = started(store);

    Campaign campaign = store.campaign(id).orElseThrow();
    assertThat(campaign)
        .isEqualTo(new Campaign(id, "Q1 review", LocalDate.of(2026, 3, 31), AT, "dpo", null, null));
    List<ReviewItem> items = store.items(id);
    assertThat(items).extracting(ReviewItem::systemCode).containsExactly("hr", "pnc");
    ReviewItem full = items.get(1);
    assertThat(full.grantId()).isEqualTo("g1");
    assertThat(full.holderId()).isEqualTo("u100001");
    assertThat(full.systemOwner()).isEqualTo("Head of Crime");
    assertThat(full.categories()).containsExactly("user.contact.address", "user.name");
    assertThat(full.accessType()).isEqualTo(AccessType.EXPORT);
    assertThat(full.purpose()).isEqualTo("Case files");
    assertThat(full.grantedAt()).isEqualTo(FULL.grantedAt());
    assertThat(full.expiresAt()).isEqualTo(FULL.expiresAt());
    assertThat(full.lastUsedAt()).isEqualTo(FULL.lastUsedAt());
    assertThat(full.decided()).isFalse();
    ReviewItem bare = items.get(0);
    assertThat(bare.categories()).isEmpty();
    assertThat(bare.categoriesShown()).isEqualTo("all");
    assertThat(bare.systemOwner()).isNull();
    assertThat(bare.purpose()).isNull();
    assertThat(store.campaigns()).extracting(Campaign::id).containsExactly(id);
  }

  @StoreTest
  void anItemIsDecidedOnceAndProgressCountsTheDecisions(TestDatabase db) {
    ReviewStore store = new ReviewStore(db.jdbc(), db.template());
    long id = started(store);
    List<ReviewItem> items = store.items(id);
    long hr = items.get(0).id();
    long pnc = items.get(1).id();

    assertThat(store.decide(pnc, Decision.REVOKE, "moved to traffic", "dpo", AT)).isTrue();
    assertThat(store.decide(pnc, Decision.CONFIRM, "second thoughts", "admin", AT)).isFalse();

    ReviewItem decided = store.item(pnc).orElseThrow();
    assertThat(decided.decision()).isEqualTo(Decision.REVOKE);
    assertThat(decided.reason()).isEqualTo("moved to traffic");
    assertThat(decided.decidedBy()).isEqualTo("dpo");
    assertThat(decided.decidedAt()).isEqualTo(AT);
    assertThat(store.progress(id))
        .containsExactly(
            new Progress("hr", null, 1, 0, 0), new Progress("pnc", "Head of Crime", 1, 0, 1));
    store.decide(hr, Decision.CONFIRM, "needed for payroll", "dpo", AT);
    assertThat(store.progress(id)).allMatch(Progress::complete);
  }

  @StoreTest
  void aTaskIsDoneOnceAndACampaignClosesOnce(TestDatabase db) {
    ReviewStore store = new ReviewStore(db.jdbc(), db.template());
    long id = started(store);
    long item = store.items(id).get(1).id();
    store.decide(item, Decision.REVOKE, "left", "dpo", AT);

    long task = store.addTask(id, item, "g1", AT);

    RevocationTask open = store.tasks(id).get(0);
    assertThat(open)
        .isEqualTo(
            new RevocationTask(task, id, item, "g1", "u100001", "pnc", AT, null, null, null));
    Instant later = AT.plusSeconds(3_600);
    assertThat(store.completeTask(task, "admin", "account disabled in PNC", later)).isTrue();
    assertThat(store.completeTask(task, "admin", "again", later)).isFalse();
    RevocationTask done = store.task(task).orElseThrow();
    assertThat(done.done()).isTrue();
    assertThat(done.doneBy()).isEqualTo("admin");
    assertThat(done.note()).isEqualTo("account disabled in PNC");
    assertThat(store.close(id, "dpo", later)).isTrue();
    assertThat(store.close(id, "dpo", later)).isFalse();
    assertThat(store.campaign(id).orElseThrow().closedAt()).isEqualTo(later);
  }
}
