package uk.warden.app.platform;

import jakarta.servlet.http.HttpServletRequest;

/** A request's page as the browser will ask for it again: path and query. */
public final class RequestedPage {

  private RequestedPage() {}

  public static String of(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }
}
