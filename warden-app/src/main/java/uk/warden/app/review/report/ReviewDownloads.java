package uk.warden.app.review.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.warden.app.audit.Audit;
import uk.warden.app.review.CampaignReview;

/** Sends a campaign's CSV or PDF as a download, the same from the pages and the API. */
@Component
public class ReviewDownloads {

  private final ReviewReportPdf pdf;
  private final Audit audit;

  public ReviewDownloads(ReviewReportPdf pdf, Audit audit) {
    this.audit = audit;
    this.pdf = pdf;
  }

  public void csv(CampaignReview review, HttpServletResponse response) throws IOException {
    exported(review);
    response.setContentType("text/csv;charset=UTF-8");
    attach(response, review, "csv");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    ReviewCsv.write(review, out);
    out.flush();
  }

  public void pdf(CampaignReview review, HttpServletResponse response) throws IOException {
    exported(review);
    response.setContentType("application/pdf");
    attach(response, review, "pdf");
    OutputStream out = response.getOutputStream();
    pdf.render(review, out);
    out.flush();
  }

  /** A review names who holds access to what: leaving Warden, it is a disclosure. */
  private void exported(CampaignReview review) {
    audit.disclosed(
        "review.export",
        List.of("review:" + review.campaign().id()),
        review.items().size(),
        List.of(),
        null);
  }

  private static void attach(HttpServletResponse response, CampaignReview review, String ext) {
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("access-review-" + review.campaign().id() + "." + ext)
            .build()
            .toString());
  }
}
