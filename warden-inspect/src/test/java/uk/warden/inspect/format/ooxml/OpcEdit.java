package uk.warden.inspect.format.ooxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Edits a package POI wrote, through POI's own OPC layer, for what the usermodel has no API for:
 * hidden slides, tracked deletions, comments written by hand, external relationships.
 */
public final class OpcEdit implements AutoCloseable {

  private final OPCPackage pkg;

  private OpcEdit(byte[] document) {
    try {
      this.pkg = OPCPackage.open(new ByteArrayInputStream(document));
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  public static OpcEdit of(byte[] document) {
    return new OpcEdit(document);
  }

  /** Rewrites a part's XML. */
  public OpcEdit xml(String part, UnaryOperator<String> change) {
    PackagePart packagePart = part(part);
    String xml;
    try (InputStream in = packagePart.getInputStream()) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String changed = change.apply(xml);
    if (changed.equals(xml)) {
      throw new IllegalStateException("the edit changed nothing in " + part);
    }
    write(packagePart, changed.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Adds a part and a relationship to it from {@code source} ("" for the package). */
  public OpcEdit add(
      String part,
      String contentType,
      byte[] content,
      String source,
      String relationType,
      String id) {
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/" + part);
      PackagePart created = pkg.createPart(name, contentType);
      write(created, content);
      if (source.isEmpty()) {
        pkg.addRelationship(name, TargetMode.INTERNAL, relationType, id);
      } else {
        part(source).addRelationship(name, TargetMode.INTERNAL, relationType, id);
      }
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  public OpcEdit add(
      String part, String contentType, String xml, String source, String relationType, String id) {
    return add(part, contentType, xml.getBytes(StandardCharsets.UTF_8), source, relationType, id);
  }

  public OpcEdit external(String source, String relationType, String target, String id) {
    part(source).addExternalRelationship(target, relationType, id);
    return this;
  }

  /**
   * Rewrites one zip entry as text, outside POI: for what POI refuses to write, such as the
   * backslashed UNC targets Word itself writes in relationships.
   */
  public static byte[] rewriteEntry(byte[] zip, String entry, UnaryOperator<String> change) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean found = false;
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
        java.util.zip.ZipOutputStream rewritten = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry next = in.getNextEntry();
          next != null;
          next = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (next.getName().equals(entry)) {
          found = true;
          content =
              change
                  .apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        rewritten.putNextEntry(new java.util.zip.ZipEntry(next.getName()));
        rewritten.write(content);
        rewritten.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!found) {
      throw new IllegalArgumentException("no entry " + entry);
    }
    return out.toByteArray();
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      pkg.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    pkg.revert();
  }

  private PackagePart part(String part) {
    try {
      PackagePart found = pkg.getPart(PackagingURIHelper.createPartName("/" + part));
      if (found == null) {
        throw new IllegalArgumentException("no part " + part);
      }
      return found;
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(PackagePart part, byte[] content) {
    try (OutputStream out = part.getOutputStream()) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
