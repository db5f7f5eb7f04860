package uk.warden.app.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.warden.app.review.Campaign;
import uk.warden.app.review.CampaignRequest;
import uk.warden.app.review.CampaignReview;
import uk.warden.app.review.CampaignSummary;
import uk.warden.app.review.DecisionRequest;
import uk.warden.app.review.ReviewItem;
import uk.warden.app.review.ReviewService;
import uk.warden.app.review.RevocationTask;
import uk.warden.app.review.report.ReviewDownloads;

/** Access review campaigns over HTTP: start, decide, follow the tasks, close and export. */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Access reviews")
class ReviewApiController {

  /** What was done in the system to remove the access. */
  record DoneBody(@Nullable String note) {}

  private final ReviewService reviews;
  private final ReviewDownloads downloads;

  ReviewApiController(ReviewService reviews, ReviewDownloads downloads) {
    this.reviews = reviews;
    this.downloads = downloads;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Start a campaign over every grant live now",
      description =
          "systems: the system codes to review; none means every system with live grants. A"
              + " campaign with no live grants is refused (409 nothing-to-review).")
  Campaign start(@RequestBody CampaignRequest request, Principal who) {
    return reviews.start(request, who.getName());
  }

  @GetMapping
  @Operation(summary = "Every campaign, newest first, with its progress")
  List<CampaignSummary> campaigns() {
    return reviews.campaigns();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One campaign: progress overall and by system, items and tasks")
  CampaignReview review(@PathVariable long id) {
    return reviews.review(id);
  }

  @PostMapping("/{id}/decisions")
  @Operation(
      summary = "Confirm or revoke one item, with a reason",
      description =
          "decision: CONFIRM or REVOKE; reason required (at most 1,000 characters). An item is"
              + " decided once: a second decision is refused (409 decided). REVOKE revokes the"
              + " grant and opens a task to remove the access in the system itself.")
  ReviewItem decide(@PathVariable long id, @RequestBody DecisionRequest request, Principal who) {
    return reviews.decide(id, request, who.getName());
  }

  @GetMapping("/{id}/tasks")
  @Operation(summary = "The campaign's revocation tasks, open ones first")
  List<RevocationTask> tasks(@PathVariable long id) {
    return reviews.tasks(id);
  }

  @PostMapping("/{id}/tasks/{task}/done")
  @Operation(summary = "Mark a task done, with a note of what was done in the system")
  RevocationTask done(
      @PathVariable long id,
      @PathVariable long task,
      @RequestBody(required = false) @Nullable DoneBody body,
      Principal who) {
    return reviews.completeTask(id, task, body == null ? null : body.note(), who.getName());
  }

  @PostMapping("/{id}/close")
  @Operation(
      summary = "Close a campaign",
      description = "Refused (409 undecided) until every item is decided.")
  Campaign close(@PathVariable long id, Principal who) {
    return reviews.close(id, who.getName());
  }

  @GetMapping("/{id}/export.csv")
  @Operation(summary = "The outcome as CSV, one row per item")
  void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
    downloads.csv(reviews.review(id), response);
  }

  @GetMapping("/{id}/export.pdf")
  @Operation(summary = "The outcome as a PDF report for auditors")
  void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
    downloads.pdf(reviews.review(id), response);
  }
}
