package uk.warden.app.watch.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import uk.warden.watch.manifest.Manifest;
import uk.warden.watch.manifest.ManifestFile;

/**
 * Manifests kept as compressed manifest files: a migration's quarter of a million paths and hashes
 * take a few megabytes in one row instead of a quarter of a million rows.
 */
public final class ManifestCodec {

  private ManifestCodec() {}

  public static WatchStore.StoredManifest encode(Manifest manifest) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16)) {
      ManifestFile.write(manifest, gzip);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compress a manifest in memory", e);
    }
    return new WatchStore.StoredManifest(bytes.toByteArray(), manifest.entries().size());
  }

  public static Manifest decode(String source, byte[] gzipTsv) {
    return ManifestFile.read(source, new ByteArrayInputStream(gzipTsv));
  }
}
