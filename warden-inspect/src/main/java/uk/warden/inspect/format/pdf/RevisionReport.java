package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;

/**
 * Earlier versions kept by incremental saves. Each save appends its changes after the previous
 * {@code %%EOF}, so cutting the file there gives back the earlier document, with whatever text or
 * properties were deleted since (ExifTool's and many editors' "removals" are such updates). The
 * most recent earlier revisions are opened and their text compared, line by line, with the current
 * version; lines that are gone are handed over as hidden text.
 */
final class RevisionReport {

  private static final int MAX_COMPARED = 4;
  private static final int OFFSETS_IN_RANGE = 10;

  /** What an earlier version holds that the current one lacks; not compared when too large. */
  private record Recovered(Map<String, List<String>> linesByPlace, boolean compared) {}

  private final Emitter out;
  private final PdfFile file;
  private final Limits limits;
  private final TextLines current;

  /** Earlier versions are read in full; together they may not read more pages than one file. */
  private int pagesLeft;

  RevisionReport(Emitter out, PdfFile file, Limits limits, TextLines current) {
    this.out = out;
    this.file = file;
    this.limits = limits;
    this.current = current;
  }

  void read(RawLayout layout) {
    List<Long> ends = layout.revisionEnds();
    int revisions = ends.size();
    if (revisions < 2) {
      return;
    }
    int recoveredLines = 0;
    int compared = 0;
    int unreadable = 0;
    int first = Math.max(0, revisions - 1 - MAX_COMPARED);
    pagesLeft = limits.maxPages();
    if (!current.overflowed()) {
      for (int r = first; r < revisions - 1 && pagesLeft > 0; r++) {
        Recovered recovered = recover(ends.get(r));
        if (recovered == null) {
          unreadable++;
          continue;
        }
        if (!recovered.compared()) {
          break;
        }
        compared++;
        String revision = "revision " + (r + 1) + " of " + revisions;
        for (Map.Entry<String, List<String>> place : recovered.linesByPlace().entrySet()) {
          recoveredLines += place.getValue().size();
          out.text(
              out.part(revision).range(place.getKey()),
              HiddenContent.PDF_PREVIOUS_VERSIONS,
              String.join("\n", place.getValue()));
        }
      }
    }
    out.structure(
        HiddenContent.PDF_PREVIOUS_VERSIONS,
        out.part("revisions").range("saves end at bytes " + offsets(ends)),
        revisions,
        detail(revisions, compared, unreadable, recoveredLines));
  }

  private static String detail(int revisions, int compared, int unreadable, int recoveredLines) {
    StringBuilder detail =
        new StringBuilder("the file was saved ")
            .append(revisions)
            .append(" times: the original and ")
            .append(Texts.plural(revisions - 1L, "incremental update"))
            .append(" appended to it, so each earlier version can be recovered by cutting the file")
            .append(" after its end-of-file marker");
    if (recoveredLines > 0) {
      detail
          .append("; ")
          .append(Texts.plural(recoveredLines, "line"))
          .append(" of text that the current version no longer holds were recovered");
    } else if (compared > 0) {
      detail.append("; the earlier versions compared hold no text that the current one lacks");
    }
    if (unreadable > 0) {
      detail
          .append("; ")
          .append(Texts.plural(unreadable, "earlier version"))
          .append(" could not be opened");
    }
    int skipped = revisions - 1 - compared - unreadable;
    if (skipped > 0) {
      detail
          .append("; ")
          .append(Texts.plural(skipped, "older version"))
          .append(" were not compared");
    }
    return detail.toString();
  }

  private static String offsets(List<Long> ends) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(ends.size(), OFFSETS_IN_RANGE); i++) {
      shown.add(ReadBudget.count(ends.get(i)));
    }
    return String.join(", ", shown) + (ends.size() > OFFSETS_IN_RANGE ? ", …" : "");
  }

  /** The text of the revision ending at {@code end} that the current version no longer holds. */
  private @Nullable Recovered recover(long end) {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    try (PDDocument earlier = PdfLoader.load(file.openPrefix(end), limits)) {
      for (Map.Entry<String, String> entry : PropertiesReport.information(earlier).entrySet()) {
        keepGone("document information, " + entry.getKey(), entry.getValue(), lines);
      }
      List<PageCanvas.PageTarget> targets = new ArrayList<>();
      List<PDPage> pages = PageWalk.pages(earlier, limits.maxPages());
      if (pages.size() > pagesLeft) {
        pagesLeft = 0;
        return new Recovered(Map.of(), false);
      }
      pagesLeft -= pages.size();
      for (int i = 0; i < pages.size(); i++) {
        targets.add(new PageCanvas.PageTarget(i + 1, pages.get(i)));
      }
      PageCanvas canvas =
          new PageCanvas(
              ReadBudget.standard(), OptionalContent.of(earlier), new StreamGuard(limits));
      canvas.read(
          earlier,
          targets,
          new PageCanvas.Visitor() {
            @Override
            public List<Paint> startPage(PageCanvas.PageTarget target) {
              return List.of();
            }

            @Override
            public void endPage(PageCanvas.PageTarget target, PageDrawing drawing) {
              String place = "page " + target.number();
              keepGone(place, drawing.visibleText(), lines);
              for (HiddenText hidden : drawing.hidden()) {
                keepGone(place, hidden.text(), lines);
              }
            }

            @Override
            public void pageFailed(PageCanvas.PageTarget target) {
              // the current version's reading reports damage; an earlier one adds nothing
            }
          });
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return null;
    }
    return new Recovered(lines, true);
  }

  private void keepGone(String place, String text, Map<String, List<String>> lines) {
    for (String line : text.split("\n")) {
      String normal = TextLines.normalise(line);
      if (!normal.isEmpty() && !current.contains(normal)) {
        lines.computeIfAbsent(place, p -> new ArrayList<>()).add(normal);
      }
    }
  }
}
