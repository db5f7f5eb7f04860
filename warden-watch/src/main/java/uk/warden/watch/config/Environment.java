package uk.warden.watch.config;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where passwords and shared secrets come from: environment variables named in the configuration,
 * so no secret is ever written in a file. Tests give a map instead of the process environment.
 */
@FunctionalInterface
public interface Environment {

  /** The variable's value, or null when it is not set. */
  @Nullable String get(String name);

  static Environment system() {
    return System::getenv;
  }

  static Environment of(Map<String, String> variables) {
    return variables::get;
  }
}
