package uk.warden.app.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.warden.app.audit.Audit;
import uk.warden.core.access.Operation;

/**
 * Puts on record every change made through a page or the API that did not record itself: a decision
 * on a finding, an incident amended, a review closed. Changes that touch people say so in their own
 * words where they happen (a transfer is a disclosure to its party); this catches the rest, named
 * by the route and the ids in its path, so no write goes unrecorded because someone forgot a line.
 */
@Configuration
class ChangeAudit implements WebMvcConfigurer, HandlerInterceptor {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Audit audit;

  ChangeAudit(Audit audit) {
    this.audit = audit;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      @Nullable Exception failure) {
    if (READS.contains(request.getMethod())
        || !(handler instanceof HandlerMethod)
        || failure != null
        || response.getStatus() >= 400
        || request.getAttribute(Audit.AUDITED) != null) {
      return;
    }
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String route =
        request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
    audit.changed(
        Operation.ALTER, route.substring(0, Math.min(route.length(), 64)), ids(request), 0);
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(HttpServletRequest request) {
    Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (!(vars instanceof Map<?, ?> map)) {
      return List.of();
    }
    return ((Map<String, String>) map)
        .entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList();
  }
}
