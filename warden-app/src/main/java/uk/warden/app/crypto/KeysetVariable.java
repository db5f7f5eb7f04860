package uk.warden.app.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keys given whole in an environment variable ({@code WARDEN_KEYSET}), as the JSON of a key file or
 * that JSON in Base64: for deployments whose secret store hands secrets to processes that way.
 * Read-only: rotate where the variable is set, then restart with the new value.
 */
public final class KeysetVariable implements KeySource {

  public static final String NAME = "WARDEN_KEYSET";

  private final Keys keys;

  public KeysetVariable(String value) {
    String text = value.trim();
    if (!text.startsWith("{")) {
      try {
        text = new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new KeysUnusableException(NAME + " is neither JSON nor Base64");
      }
    }
    this.keys = Keys.fromJson(text, NAME);
  }

  @Override
  public Keys load() {
    return keys;
  }

  @Override
  public void save(Keys keys) {
    throw new KeysUnusableException(
        "the keys come from "
            + NAME
            + " and cannot be rewritten here; rotate them with a key file (WARDEN_KEY_FILE)"
            + " and give the new file's content to "
            + NAME);
  }

  @Override
  public boolean writable() {
    return false;
  }

  @Override
  public long stamp() {
    return 0;
  }

  @Override
  public String describe() {
    return "environment variable " + NAME;
  }
}
