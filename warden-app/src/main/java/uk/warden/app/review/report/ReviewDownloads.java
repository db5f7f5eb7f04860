package uk.warden.app.review.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.warden.app.review.CampaignReview;

/** Sends a campaign's CSV or PDF as a download, the same from the pages and the API. */
@Component
public class ReviewDownloads {

  private final ReviewReportPdf pdf;

  public ReviewDownloads(ReviewReportPdf pdf) {
    this.pdf = pdf;
  }

  public void csv(CampaignReview review, HttpServletResponse response) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    attach(response, review, "csv");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    ReviewCsv.write(review, out);
    out.flush();
  }

  public void pdf(CampaignReview review, HttpServletResponse response) throws IOException {
    response.setContentType("application/pdf");
    attach(response, review, "pdf");
    OutputStream out = response.getOutputStream();
    pdf.render(review, out);
    out.flush();
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
