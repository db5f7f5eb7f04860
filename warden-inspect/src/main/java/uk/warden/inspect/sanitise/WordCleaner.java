package uk.warden.inspect.sanitise;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;

/**
 * A copy of a Word document without what the ICO lists as easily missed: comments, tracked changes
 * (deletions removed, insertions accepted), hidden text, and the identifying document properties.
 * Parts are rewritten as streams of XML events, so what is kept is byte-for-byte the author's
 * markup; the copy is inspected again before it is kept.
 */
public final class WordCleaner {

  /** Parts that exist only to hold comments, their authors, or custom properties. */
  private static final Set<String> DROPPED_PARTS =
      Set.of(
          "word/comments.xml",
          "word/commentsExtended.xml",
          "word/commentsIds.xml",
          "word/commentsExtensible.xml",
          "word/people.xml",
          "docProps/custom.xml");

  private static final Set<String> DROPPED_RELATIONSHIPS =
      Set.of(
          "/comments",
          "/commentsExtended",
          "/commentsIds",
          "/commentsExtensible",
          "/people",
          "/custom-properties");

  private final Inspector inspector;

  public WordCleaner(Inspector inspector) {
    this.inspector = inspector;
  }

  /** What was taken out, in words for the user, and the inspection of the copy. */
  public record Cleaned(List<String> removed, FileReport output) {}

  public Cleaned clean(Path input, Path out) throws UnreadableException, IOException {
    Limits limits = inspector.limits();
    WordText.Counts counts = new WordText.Counts();
    List<String> removed = new ArrayList<>();
    Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".warden-", ".docx");
    try {
      try (ZipFile zip = new ZipFile(input.toFile());
          ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(temp))) {
        if (zip.size() > limits.maxEntries()) {
          throw new UnreadableException(
              "the document has more than " + limits.maxEntries() + " parts");
        }
        long[] budget = {limits.maxExpandedBytes()};
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          String name = entry.getName();
          if (DROPPED_PARTS.contains(name)) {
            removed.add("part " + name);
            continue;
          }
          copy.putNextEntry(new ZipEntry(name));
          try (InputStream in = new BoundedInput(zip.getInputStream(entry), budget, name)) {
            rewrite(name, in, copy, counts);
          }
          copy.closeEntry();
        }
      } catch (TooLarge e) {
        throw new UnreadableException(e.getMessage(), e);
      } catch (java.util.zip.ZipException e) {
        throw new UnreadableException("the document is not a complete Word file", e);
      } catch (java.io.EOFException e) {
        // Found by fuzzing: a part whose compressed data stops early.
        throw new UnreadableException("the document is truncated inside one of its parts", e);
      } catch (XMLStreamException | RuntimeException e) {
        throw new UnreadableException(
            "a part of the document is not well-formed XML or declares a DTD", e);
      }
      removed.addAll(counts.describe());
      FileReport output =
          inspector.inspect(
              Source.of(out.getFileName().toString(), temp, inspector.limits()),
              Expectation.UNSTATED);
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Cleaned(removed, output);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void rewrite(String name, InputStream in, OutputStream out, WordText.Counts counts)
      throws IOException, XMLStreamException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.equals("[Content_Types].xml")) {
      WordXml.filterContentTypes(in, out, DROPPED_PARTS);
    } else if (lower.endsWith(".rels")) {
      WordXml.filterRelationships(in, out, DROPPED_RELATIONSHIPS);
    } else if (name.equals("docProps/core.xml")) {
      WordXml.dropElements(
          in,
          out,
          Set.of(
              "creator",
              "lastModifiedBy",
              "lastPrinted",
              "keywords",
              "description",
              "subject",
              "title",
              "category",
              "contentStatus"),
          counts);
    } else if (name.equals("docProps/app.xml")) {
      WordXml.dropElements(in, out, Set.of("Company", "Manager", "HyperlinkBase"), counts);
    } else if (name.startsWith("word/") && lower.endsWith(".xml") && WordText.isStory(name)) {
      WordText.clean(in, out, counts);
    } else {
      in.transferTo(out);
    }
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** Counts expanded bytes against the budget, so a zip bomb stops early with a clear reason. */
  private static final class BoundedInput extends java.io.FilterInputStream {
    private final long[] budget;
    private final String part;

    BoundedInput(InputStream in, long[] budget, String part) {
      super(in);
      this.budget = budget;
      this.part = part;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        spend(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        spend(n);
      }
      return n;
    }

    private void spend(long bytes) throws IOException {
      budget[0] -= bytes;
      if (budget[0] < 0) {
        throw new TooLarge("the document expands beyond the size allowed (at " + part + ")");
      }
    }
  }
}
