package uk.warden.app.crypto;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.warden.app.platform.StoreLocation;

/**
 * Chooses where the keys come from: {@code WARDEN_KEYSET} (or {@code warden.keys.keyset}) first,
 * then the key file named by {@code warden.keys.file} (the CLI sets it beside the data folder) or
 * {@code WARDEN_KEY_FILE}. Only an in-memory store may run without either.
 */
@Configuration
public class KeysConfig {

  private static final Logger LOG = LoggerFactory.getLogger(KeysConfig.class);

  public static final String FILE_PROPERTY = "warden.keys.file";
  public static final String FILE_VARIABLE = "WARDEN_KEY_FILE";

  @Bean
  Keyring keyring(Environment env) {
    return new Keyring(source(env));
  }

  /**
   * The key-file setting a command passes for its store, unless the environment names the keys:
   * beside an embedded store's folder, never in it.
   */
  public static Map<String, Object> forStore(StoreLocation store) {
    if (System.getenv(KeysetVariable.NAME) != null || System.getenv(FILE_VARIABLE) != null) {
      return Map.of();
    }
    return Map.of(FILE_PROPERTY, KeyFile.besideStore(store).toAbsolutePath().toString());
  }

  /**
   * The keyring of a command that opened the store without the application context, from the same
   * settings the context would read.
   */
  public static Keyring standalone(StoreLocation store) {
    String keyset = System.getenv(KeysetVariable.NAME);
    if (keyset != null && !keyset.isBlank()) {
      return new Keyring(new KeysetVariable(keyset));
    }
    String file = System.getenv(FILE_VARIABLE);
    return new Keyring(
        new KeyFile(file != null && !file.isBlank() ? Path.of(file) : KeyFile.besideStore(store)));
  }

  static KeySource source(Environment env) {
    String keyset = setting(env, "warden.keys.keyset", KeysetVariable.NAME);
    if (keyset != null) {
      return new KeysetVariable(keyset);
    }
    String file = setting(env, FILE_PROPERTY, FILE_VARIABLE);
    if (file != null) {
      return new KeyFile(Path.of(file));
    }
    String url = env.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:mem:")) {
      LOG.info("In-memory store: its keys are made now and die with the process");
      return new ProcessKeys();
    }
    throw new KeysUnusableException(
        "no keys for the store: set "
            + FILE_VARIABLE
            + " to a key file outside the database, or "
            + KeysetVariable.NAME
            + " to the keys themselves");
  }

  private static @Nullable String setting(Environment env, String property, String variable) {
    String value = env.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? null : value;
  }
}
