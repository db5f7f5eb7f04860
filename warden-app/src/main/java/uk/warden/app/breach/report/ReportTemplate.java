package uk.warden.app.breach.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Fills {@code reports/incident-report.html} with a report view. A standalone engine, apart from
 * the web's: the report is made by the CLI too, with no Spring context. It is Thymeleaf's Spring
 * flavour only for its SpEL expressions, since the app classpath has no OGNL.
 */
final class ReportTemplate {

  static final String NAME = "incident-report";

  private final SpringTemplateEngine engine;

  ReportTemplate() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(ReportTemplate.class.getClassLoader());
    resolver.setPrefix("reports/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
  }

  /**
   * The report as XHTML text. HTML mode writes the template's markup as it is, so a template that
   * is well-formed XML gives well-formed XML, and its escaping uses only the XML-safe references.
   */
  String render(IncidentReportView view) {
    Context context = new Context(Locale.UK);
    context.setVariable("r", view);
    return engine.process(NAME, context);
  }
}
