package uk.warden.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.warden.app.WardenApplication;
import uk.warden.app.crypto.KeysConfig;
import uk.warden.app.platform.StoreLocation;

/**
 * Starts the application for a command: without the web server for one-shot commands (they share
 * the wiring, migrations and services of the server, so the CLI can never disagree with it), with
 * it for {@code serve} and {@code demo}.
 */
final class Spring {

  private Spring() {}

  /** As command-line arguments, which outrank application.yaml, unlike default properties. */
  private static String[] asArguments(Map<String, Object> props) {
    return props.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  static ConfigurableApplicationContext start(StoreLocation store) {
    Map<String, Object> props = new LinkedHashMap<>(store.springProperties());
    props.putAll(KeysConfig.forStore(store));
    // One-shot commands speak through their own output; the framework's logs (and a failed
    // start's stack trace) are for WARDEN_DEBUG=1 only.
    props.put("logging.level.root", System.getenv("WARDEN_DEBUG") == null ? "OFF" : "INFO");
    // A command uses a few services; the rest of the application (the API's controllers, the
    // pages' helpers) is created only if asked for, which shortens every start. Set on the
    // builder, so -Dspring.main.lazy-initialization=false still creates everything: the launcher's
    // class data sharing training start does, to record every class a command may need.
    return new SpringApplicationBuilder(WardenApplication.class)
        .web(WebApplicationType.NONE)
        .lazyInitialization(true)
        .logStartupInfo(false)
        .run(asArguments(props));
  }

  static ConfigurableApplicationContext startServer(
      StoreLocation store, Map<String, Object> extra) {
    Map<String, Object> props = new LinkedHashMap<>(store.springProperties());
    props.putAll(KeysConfig.forStore(store));
    props.putAll(extra);
    return new SpringApplicationBuilder(WardenApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(asArguments(props));
  }
}
