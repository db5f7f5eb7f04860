package uk.warden.app.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringTests {

  @TempDir Path dir;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void opensWhatItSealedForTheSameContextOnly() {
    Keyring keys = new Keyring(new ProcessKeys());
    byte[] sealed = keys.seal(utf8("Threlkeld"), "person:1:sealed");

    assertThat(new String(keys.open(sealed, "person:1:sealed"), StandardCharsets.UTF_8))
        .isEqualTo("Threlkeld");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Threlkeld");
    assertThatThrownBy(() -> keys.open(sealed, "person:2:sealed"))
        .isInstanceOf(SealedValueException.class)
        .hasMessage(
            "person:2:sealed cannot be opened: it was altered or belongs to another record");
  }

  @Test
  void refusesAnAlteredValue() {
    Keyring keys = new Keyring(new ProcessKeys());
    byte[] sealed = keys.seal(utf8("Threlkeld"), "person:1:sealed");
    sealed[sealed.length - 3] ^= 1;

    assertThatThrownBy(() -> keys.open(sealed, "person:1:sealed"))
        .isInstanceOf(SealedValueException.class)
        .hasMessageContaining("altered");
  }

  @Test
  void refusesAValueSealedUnderKeysItDoesNotHold() {
    byte[] sealed = new Keyring(new ProcessKeys()).seal(utf8("x"), "person:1:sealed");
    Keyring other = new Keyring(new ProcessKeys());

    assertThatThrownBy(() -> other.open(sealed, "person:1:sealed"))
        .isInstanceOf(SealedValueException.class)
        .hasMessageContaining(
            "was sealed under key " + Integer.toUnsignedString(Keyring.keyId(sealed)))
        .hasMessageContaining("does not hold");
  }

  @Test
  void createsAKeyFileOnlyItsOwnerCanReadAndReadsTheSameKeysBack() throws Exception {
    Path file = dir.resolve("warden-data.key");
    Keyring first = new Keyring(new KeyFile(file));
    byte[] sealed = first.seal(utf8("Ottoline"), "person:9:sealed");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    Keyring again = new Keyring(new KeyFile(file));
    assertThat(again.open(sealed, "person:9:sealed")).isEqualTo(utf8("Ottoline"));
    assertThat(again.hasher().hash(uk.warden.inspect.workforce.IdentifierKind.FULL_NAME, "Ann"))
        .isEqualTo(
            first.hasher().hash(uk.warden.inspect.workforce.IdentifierKind.FULL_NAME, "ANN"));
  }

  @Test
  void takesTheKeysFromTheEnvironmentAsJsonOrBase64ButWillNotRewriteThem() throws Exception {
    Path file = dir.resolve("k.key");
    Keyring fromFile = new Keyring(new KeyFile(file));
    byte[] sealed = fromFile.seal(utf8("Ann"), "c");
    String json = Files.readString(file);

    for (String value : new String[] {json, Base64.getEncoder().encodeToString(utf8(json))}) {
      KeysetVariable variable = new KeysetVariable(value);
      assertThat(new Keyring(variable).open(sealed, "c")).isEqualTo(utf8("Ann"));
      assertThatThrownBy(() -> variable.save(Keys.generate()))
          .isInstanceOf(KeysUnusableException.class)
          .hasMessageContaining("WARDEN_KEYSET");
    }
    assertThatThrownBy(() -> new KeysetVariable("{\"format\":\"other\"}"))
        .hasMessage("WARDEN_KEYSET does not hold Warden keys (warden-keys-1)");
  }

  @Test
  void neverPrintsKeyMaterial() {
    Keys keys = Keys.generate();
    String material = keys.toJson();
    assertThat(material).contains("\"value\"");
    assertThat(keys.toString()).doesNotContain("value").contains("primary sealing key");
  }
}
