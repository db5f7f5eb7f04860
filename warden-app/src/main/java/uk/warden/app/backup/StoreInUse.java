package uk.warden.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Whether a process has the embedded store open. Warden always opens it in H2's mixed mode, in
 * which the process holding it writes its loopback server's address to the lock file beside the
 * database ({@code server=localhost:PORT}) and removes the file when it closes the store. A lock
 * file whose server no longer answers was left by a process that died, and H2 itself takes the
 * store over from it; so only an answering server counts as in use.
 */
final class StoreInUse {

  static final String LOCK_FILE = "warden.lock.db";
  private static final int CONNECT_MILLIS = 2_000;

  private StoreInUse() {}

  /** The address of the process serving the store in {@code folder}, or null if none does. */
  static @Nullable String server(Path folder) throws IOException {
    Properties lock = new Properties();
    try (InputStream in = Files.newInputStream(folder.resolve(LOCK_FILE))) {
      lock.load(in);
    } catch (NoSuchFileException e) {
      return null;
    }
    String address = lock.getProperty("server");
    int colon = address == null ? -1 : address.lastIndexOf(':');
    if (colon < 0) {
      return null;
    }
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(
              address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))),
          CONNECT_MILLIS);
      return address;
    } catch (IOException | IllegalArgumentException gone) {
      return null;
    }
  }
}
