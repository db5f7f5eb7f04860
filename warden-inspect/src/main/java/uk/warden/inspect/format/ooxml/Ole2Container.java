package uk.warden.inspect.format.ooxml;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * An Office Open XML file saved with a password is not a zip at all but an OLE2 container holding
 * an {@code EncryptedPackage} stream. Such a file is reported as uninspectable, not refused as
 * damaged: the difference matters to the person who has to deal with it.
 */
public final class Ole2Container {

  private Ole2Container() {}

  public static boolean isOle2(Source source) throws UnreadableException {
    try (InputStream in = source.open()) {
      return FileMagic.valueOf(in.readNBytes(8)) == FileMagic.OLE2;
    } catch (IOException e) {
      throw new UnreadableException("the file cannot be read", e);
    }
  }

  public static boolean encrypted(Source source) throws UnreadableException {
    try (InputStream in = source.open();
        POIFSFileSystem fs = new POIFSFileSystem(in)) {
      return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException("the file is a damaged Office 97-2003 container", e);
    }
  }
}
