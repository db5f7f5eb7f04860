package uk.warden.app.review.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.warden.app.breach.report.XhtmlPdfWriter;
import uk.warden.app.breach.report.XmlText;
import uk.warden.app.platform.WebTimes;
import uk.warden.app.review.CampaignReview;
import uk.warden.app.review.ReviewItem;

/**
 * A campaign's outcome as an A4 PDF for auditors: the campaign, the overall progress, then a table
 * per system of every grant reviewed with the decision, the reason, who decided and when, then the
 * revocation tasks. Made the way the incident report is: {@code reports/access-review.html} filled
 * by a standalone Thymeleaf engine and rendered by {@link XhtmlPdfWriter}.
 *
 * <p>Thread-safe; one instance holds the compiled template and the fonts.
 */
@Component
public class ReviewReportPdf {

  private final SpringTemplateEngine engine = engine();
  private final XhtmlPdfWriter writer = new XhtmlPdfWriter();
  private final WebTimes times;

  public ReviewReportPdf(WebTimes times) {
    this.times = times;
  }

  /** Writes the PDF to {@code out}, which stays open. */
  public void render(CampaignReview review, OutputStream out) throws IOException {
    writer.write(xhtml(review), out);
  }

  String xhtml(CampaignReview review) {
    Map<String, List<ReviewItem>> bySystem =
        review.items().stream().collect(Collectors.groupingBy(ReviewItem::systemCode));
    Context context = new Context(Locale.UK);
    context.setVariable("r", review);
    context.setVariable("items", bySystem);
    context.setVariable("times", times);
    return XmlText.clean(engine.process("access-review", context));
  }

  private static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(ReviewReportPdf.class.getClassLoader());
    resolver.setPrefix("reports/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
