package uk.warden.inspect.format.ooxml;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * An Office Open XML package opened for reading raw parts. The central directory is checked against
 * the {@link Limits} before any entry is expanded, and every entry is expanded through a meter, so
 * a zip bomb ends in an {@link UnreadableException} whatever its headers claim.
 */
public final class OoxmlPackage implements Closeable {

  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private final ZipFile zip;
  private final Limits limits;
  private final ExpansionMeter meter;

  /** Entries by lower-cased part name: OPC part names compare without case. */
  private final Map<String, ZipArchiveEntry> entries;

  private final List<String> partNames;
  private final Map<String, String> defaultTypes = new HashMap<>();
  private final Map<String, String> overrideTypes = new HashMap<>();
  private final Map<String, List<Relationship>> relationships = new HashMap<>();

  private OoxmlPackage(ZipFile zip, Limits limits) {
    this.zip = zip;
    this.limits = limits;
    this.meter = new ExpansionMeter(limits);
    this.entries = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
      if (entry.isDirectory()) {
        continue;
      }
      String name = PartNames.normalise(entry.getName());
      if (entries.putIfAbsent(name.toLowerCase(Locale.ROOT), entry) == null) {
        names.add(name);
      }
    }
    this.partNames = List.copyOf(names);
  }

  /** Opens and pre-scans the package; the caller closes it. */
  public static OoxmlPackage open(Source source) throws UnreadableException {
    ZipFile zip = openZip(source);
    try {
      ZipPreScan.check(zip, source.limits());
      OoxmlPackage pkg = new OoxmlPackage(zip, source.limits());
      pkg.readContentTypes();
      return pkg;
    } catch (UnreadableException e) {
      closeQuietly(zip);
      throw e;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      closeQuietly(zip);
      throw Failures.unreadable(CONTENT_TYPES, e);
    }
  }

  private static ZipFile openZip(Source source) throws UnreadableException {
    try {
      Path path = source.path();
      if (path != null) {
        return ZipFile.builder().setPath(path).get();
      }
      return ZipFile.builder()
          .setSeekableByteChannel(new SeekableInMemoryByteChannel(source.readAll()))
          .get();
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException(
          "the file is truncated or is not a zip archive: its central directory cannot be read", e);
    }
  }

  public Limits limits() {
    return limits;
  }

  /** Every part in the order the archive lists them. */
  public List<String> partNames() {
    return partNames;
  }

  public boolean has(String part) {
    return entries.containsKey(part.toLowerCase(Locale.ROOT));
  }

  /** The part's name as the archive spells it (targets may differ in case). */
  public String spelling(String part) {
    ZipArchiveEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
    return entry == null ? part : PartNames.normalise(entry.getName());
  }

  /** The expanded size the archive declares for a part, or -1 when it is not known. */
  public long declaredSize(String part) {
    ZipArchiveEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
    return entry == null ? -1 : entry.getSize();
  }

  public @Nullable String contentType(String part) {
    String override = overrideTypes.get(part.toLowerCase(Locale.ROOT));
    if (override != null) {
      return override;
    }
    int dot = part.lastIndexOf('.');
    return dot < 0 ? null : defaultTypes.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The part's bytes as expanded, metered; throws {@link IOException} for a missing part. */
  public InputStream open(String part) throws IOException {
    ZipArchiveEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
    if (entry == null) {
      throw new MissingPartException(part);
    }
    if (!zip.canReadEntryData(entry)) {
      throw new IOException("the archive entry " + part + " is encrypted or compressed oddly");
    }
    return meter.meter(part, entry.getCompressedSize(), zip.getInputStream(entry));
  }

  /** The part's bytes, or null when it expands to more than {@code max}. */
  public byte @Nullable [] read(String part, long max) throws IOException {
    long declared = declaredSize(part);
    if (declared > max) {
      return null;
    }
    try (InputStream in = open(part)) {
      byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      return bytes.length > max ? null : bytes;
    }
  }

  /** A hardened StAX reader over the part; the caller closes the reader. */
  public XMLStreamReader xml(String part) throws IOException, XMLStreamException {
    return SafeXml.open(open(part));
  }

  /**
   * The relationships of {@code sourcePart} ("" for the package), internal targets resolved to part
   * names. A part without a relationships part has none.
   */
  public List<Relationship> relationships(String sourcePart)
      throws IOException, XMLStreamException {
    List<Relationship> cached = relationships.get(sourcePart);
    if (cached != null) {
      return cached;
    }
    String relsPart = PartNames.relationshipsOf(sourcePart);
    List<Relationship> found = new ArrayList<>();
    if (has(relsPart)) {
      XMLStreamReader reader = xml(relsPart);
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT
              && reader.getLocalName().equals("Relationship")) {
            String id = SafeXml.attribute(reader, "Id");
            String type = SafeXml.attribute(reader, "Type");
            String target = SafeXml.attribute(reader, "Target");
            if (id == null || type == null || target == null) {
              continue;
            }
            boolean external = "External".equalsIgnoreCase(SafeXml.attribute(reader, "TargetMode"));
            found.add(
                new Relationship(
                    id, type, external ? target : PartNames.resolve(sourcePart, target), external));
          }
        }
      } finally {
        reader.close();
      }
    }
    List<Relationship> result = List.copyOf(found);
    relationships.put(sourcePart, result);
    return result;
  }

  /** The first internal relationship of a kind, as a part that exists, or null. */
  public @Nullable String target(String sourcePart, String kind)
      throws IOException, XMLStreamException {
    for (Relationship relationship : relationships(sourcePart)) {
      if (!relationship.external() && relationship.is(kind) && has(relationship.target())) {
        return spelling(relationship.target());
      }
    }
    return null;
  }

  /** Every internal relationship target of a kind that exists, in relationship order. */
  public List<String> targets(String sourcePart, String kind)
      throws IOException, XMLStreamException {
    List<String> parts = new ArrayList<>();
    for (Relationship relationship : relationships(sourcePart)) {
      if (!relationship.external() && relationship.is(kind) && has(relationship.target())) {
        String part = spelling(relationship.target());
        if (!parts.contains(part)) {
          parts.add(part);
        }
      }
    }
    return parts;
  }

  /** The main part (word/document.xml, ppt/presentation.xml) named by the package. */
  public @Nullable String mainPart() throws IOException, XMLStreamException {
    return target("", "officeDocument");
  }

  private void readContentTypes() throws IOException, XMLStreamException, UnreadableException {
    if (!has(CONTENT_TYPES)) {
      throw new UnreadableException(
          "the file is a zip archive but not an Office document: [Content_Types].xml is missing");
    }
    XMLStreamReader reader = xml(CONTENT_TYPES);
    try {
      while (reader.hasNext()) {
        if (reader.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String type = SafeXml.attribute(reader, "ContentType");
        if (type == null) {
          continue;
        }
        String extension = SafeXml.attribute(reader, "Extension");
        String partName = SafeXml.attribute(reader, "PartName");
        if (reader.getLocalName().equals("Default") && extension != null) {
          defaultTypes.put(extension.toLowerCase(Locale.ROOT), type);
        } else if (reader.getLocalName().equals("Override") && partName != null) {
          overrideTypes.put(PartNames.normalise(partName).toLowerCase(Locale.ROOT), type);
        }
      }
    } finally {
      reader.close();
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // Nothing was read from it; the failure that led here is the one to report.
    }
  }

  /** A part a relationship or the caller expected is not in the archive. */
  static final class MissingPartException extends IOException {
    private static final long serialVersionUID = 1L;

    MissingPartException(String part) {
      super("the part " + part + " is missing");
    }
  }
}
