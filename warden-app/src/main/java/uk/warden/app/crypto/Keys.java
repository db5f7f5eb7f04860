package uk.warden.app.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.HmacPrfKey;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Warden's two keysets: {@code sealing} (AES256-GCM, Tink's AEAD: the primary key seals, every key
 * listed opens) and {@code indexing} (one HMAC-SHA256 key for the keyed hashes). Their stored form
 * is one JSON document holding both Tink keysets in Tink's own JSON.
 */
public record Keys(KeysetHandle sealing, KeysetHandle indexing) {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String FORMAT = "warden-keys-1";

  static {
    try {
      AeadConfig.register();
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink's AEAD and PRF cannot be registered", e);
    }
  }

  /** New keys: one sealing key and one indexing key. */
  public static Keys generate() {
    try {
      return new Keys(
          KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
          KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate keys", e);
    }
  }

  /** The id of the sealing key new values are sealed under. */
  public int primaryId() {
    return sealing.getPrimary().getId();
  }

  /** The ids of every sealing key, the primary among them. */
  public List<Integer> sealingIds() {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < sealing.size(); i++) {
      ids.add(sealing.getAt(i).getId());
    }
    return ids;
  }

  /** These keys with a new sealing key made primary; the old ones still open what they sealed. */
  public Keys withNewPrimary() {
    try {
      KeysetHandle rotated =
          KeysetHandle.newBuilder(sealing)
              .addEntry(
                  KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                      .withRandomId()
                      .makePrimary())
              .build();
      return new Keys(rotated, indexing);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot add a sealing key", e);
    }
  }

  /** These keys with every sealing key but the primary destroyed (removed from the keyset). */
  public Keys withOnlyPrimary() {
    KeysetHandle.Builder builder = KeysetHandle.newBuilder(sealing);
    for (int i = builder.size() - 1; i >= 0; i--) {
      if (!builder.getAt(i).isPrimary()) {
        builder.deleteAt(i);
      }
    }
    try {
      return new Keys(builder.build(), indexing);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot retire the old sealing keys", e);
    }
  }

  /** The raw HMAC key the keyed hashes are made with. */
  byte[] indexKey() {
    if (indexing.getPrimary().getStatus() != KeyStatus.ENABLED
        || !(indexing.getPrimary().getKey() instanceof HmacPrfKey key)) {
      throw new IllegalStateException("the indexing keyset holds no HMAC key");
    }
    return key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
  }

  /** The stored form: key material in the clear, so only ever written owner-only. */
  public String toJson() {
    try {
      ObjectNode root = JSON.createObjectNode();
      root.put("format", FORMAT);
      root.set("sealing", JSON.readTree(serialise(sealing)));
      root.set("indexing", JSON.readTree(serialise(indexing)));
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot write the keys", e);
    }
  }

  /**
   * Reads the stored form. {@code where} names its source in the error, which never quotes the
   * content.
   */
  public static Keys fromJson(String json, String where) {
    try {
      JsonNode root = JSON.readTree(json);
      if (!FORMAT.equals(root.path("format").asString(""))) {
        throw new KeysUnusableException(where + " does not hold Warden keys (" + FORMAT + ")");
      }
      return new Keys(parse(root.get("sealing")), parse(root.get("indexing")));
    } catch (JacksonException | GeneralSecurityException | NullPointerException e) {
      throw new KeysUnusableException(where + " holds damaged Warden keys");
    }
  }

  private static String serialise(KeysetHandle handle) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
  }

  private static KeysetHandle parse(JsonNode keyset) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.parseKeyset(keyset.toString(), InsecureSecretKeyAccess.get());
  }

  /** Never prints key material. */
  @Override
  public String toString() {
    return "Keys[primary sealing key " + primaryId() + ", sealing keys " + sealingIds() + "]";
  }
}
