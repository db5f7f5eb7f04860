package uk.warden.watch.alert;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.warden.watch.Durations;
import uk.warden.watch.Secret;

/**
 * POSTs the alert as JSON to a URL, signed when a secret is shared with the receiver. A 2xx is
 * delivered; a 408, 429 or 5xx, or no answer, is worth retrying; any other answer (a 400, 401, 404,
 * or a redirect, which is not followed because a signed alert should go only where configured) is a
 * permanent failure.
 */
public final class WebhookChannel implements AlertChannel {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final URI url;
  private final @Nullable Secret secret;
  private final Duration timeout;
  private final HttpClient client;

  public WebhookChannel(URI url, @Nullable Secret secret, Duration timeout) {
    this.url = Objects.requireNonNull(url, "url");
    String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
      throw new IllegalArgumentException("a webhook URL is http:// or https:// with a host");
    }
    this.secret = secret;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** {@code webhook https://soc.example/hooks/warden}: no query string, which may hold a token. */
  @Override
  public String name() {
    return "webhook "
        + url.getScheme()
        + "://"
        + url.getHost()
        + (url.getPort() < 0 ? "" : ":" + url.getPort())
        + (url.getRawPath() == null ? "" : url.getRawPath());
  }

  @Override
  public void send(Alert alert) throws IOException {
    byte[] body = AlertJson.bytes(alert);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Warden integrity watch")
            .header("X-Warden-Alert-Id", alert.id())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret != null) {
      request.header(WebhookSignature.HEADER, WebhookSignature.of(body, secret));
    }
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (HttpTimeoutException e) {
      throw new IOException("no answer within " + Durations.format(timeout), e);
    } catch (IOException e) {
      // A refused connection often has no message at all: say what failed.
      throw new IOException(
          "could not reach it: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted");
      interrupted.initCause(e);
      throw interrupted;
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    if (status == 408 || status == 429 || status >= 500) {
      throw new IOException("the receiver answered HTTP " + status);
    }
    if (status >= 300 && status < 400) {
      throw new PermanentDeliveryException(
          "the receiver redirects (HTTP " + status + "); configure the address it redirects to");
    }
    throw new PermanentDeliveryException("the receiver refused the alert: HTTP " + status);
  }
}
