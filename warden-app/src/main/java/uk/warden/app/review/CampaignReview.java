package uk.warden.app.review;

import java.util.List;

/** Everything about one campaign: progress overall and by system, the items and the tasks. */
public record CampaignReview(
    Campaign campaign,
    Progress overall,
    List<Progress> bySystem,
    List<ReviewItem> items,
    List<RevocationTask> tasks) {

  public long openTasks() {
    return tasks.stream().filter(t -> !t.done()).count();
  }
}
