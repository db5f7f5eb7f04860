package uk.warden.app.breach.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import uk.warden.app.platform.SpreadsheetSafe;
import uk.warden.core.breach.Exposure;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.RiskTier;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.register.DataTaxonomy;

/**
 * Writes the notification list: one CSV row per person exposed in the worst case, for the DPO to
 * decide whom to tell and how (Art 34 / DPA 2018 s.68). The worst case, because a notice withheld
 * on the best-case assumption cannot be taken back if it proves wrong.
 *
 * <p>Rows come in the order the DPO works through them: high risk first (then medium, then low),
 * within a tier the certainly exposed before the possibly exposed, then by pay number. The groups
 * are person sets and the order comes from {@link PersonDirectory#idsInPayNumberOrder()}, so people
 * are fetched a batch at a time in output order and never held all at once. People the directory
 * does not know are still listed, as {@code unknown (id N)}, to be traced.
 *
 * <p>The file holds names: it goes to the DPO only. Every cell is made safe to open in a
 * spreadsheet ({@link SpreadsheetSafe}). The caller owns {@code out} and its encoding (UTF-8; Excel
 * needs a byte-order mark to read it as such).
 */
public final class NotificationList {

  /** People fetched from the directory per call. */
  public static final int DEFAULT_BATCH = 1_000;

  public static final List<String> HEADER =
      List.of(
          "Pay number",
          "Surname",
          "Forenames",
          "Kind",
          "Rank or grade",
          "Unit",
          "Employment status",
          "Risk tier",
          "Exposure",
          "Categories exposed",
          "Suggested channel",
          "Why this channel");

  static final String CERTAIN = "certain";
  static final String POSSIBLE = "possible";

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get();

  private final DataTaxonomy taxonomy;
  private final int batchSize;

  public NotificationList(DataTaxonomy taxonomy) {
    this(taxonomy, DEFAULT_BATCH);
  }

  NotificationList(DataTaxonomy taxonomy, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.taxonomy = taxonomy;
    this.batchSize = batchSize;
  }

  /** Counts only, safe to log: how many rows, how many untraced, how many per channel. */
  public record Summary(long rows, long unknown, Map<NotificationChannel, Long> byChannel) {
    public Summary {
      byChannel = Map.copyOf(byChannel);
    }
  }

  /** Writes the header and every row, flushes, and leaves {@code out} open. */
  public Summary write(Impact impact, PersonDirectory directory, Writer out) throws IOException {
    Exposure worst = impact.worstCase();
    int[] order = directory.idsInPayNumberOrder();
    PersonSet ordered = PersonSet.of(order);
    if (ordered.size() != order.length) {
      throw new IllegalStateException("the person directory's pay-number order repeats a person");
    }
    Run run = new Run(worst, directory, new CSVPrinter(out, FORMAT));
    for (RiskTier tier : RiskTier.values()) {
      PersonSet inTier = worst.tier(tier).and(worst.exposed());
      run.group(inTier.and(worst.certain()), tier, CERTAIN, order, ordered);
      run.group(inTier.andNot(worst.certain()), tier, POSSIBLE, order, ordered);
    }
    run.printer.flush();
    return new Summary(run.rows, run.unknown, run.byChannel);
  }

  /** One writing of the list: the printer, the lookups shared by every row, and the counts. */
  private final class Run {

    private final PersonDirectory directory;
    private final CSVPrinter printer;
    private final List<Map.Entry<String, PersonSet>> categoriesByName;
    private final int[] batch = new int[batchSize];
    private final Map<NotificationChannel, Long> byChannel =
        new EnumMap<>(NotificationChannel.class);
    private long rows;
    private long unknown;

    Run(Exposure worst, PersonDirectory directory, CSVPrinter printer) {
      this.directory = directory;
      this.printer = printer;
      ReportLabels.CategoryNames names = new ReportLabels.CategoryNames(taxonomy);
      // Sorted by human name once, so each row's categories come out sorted without a sort per row.
      List<Map.Entry<String, PersonSet>> categories = new ArrayList<>();
      worst.byCategory().forEach((key, people) -> categories.add(Map.entry(names.of(key), people)));
      categories.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
      this.categoriesByName = categories;
    }

    /** The group's people in pay-number order, then any the order lacks, by index. */
    void group(PersonSet group, RiskTier tier, String exposure, int[] order, PersonSet ordered)
        throws IOException {
      if (group.isEmpty()) {
        return;
      }
      int filled = 0;
      for (int id : order) {
        if (group.contains(id)) {
          batch[filled++] = id;
          if (filled == batch.length) {
            writeBatch(filled, tier, exposure);
            filled = 0;
          }
        }
      }
      for (int id : group.andNot(ordered).toArray()) {
        batch[filled++] = id;
        if (filled == batch.length) {
          writeBatch(filled, tier, exposure);
          filled = 0;
        }
      }
      if (filled > 0) {
        writeBatch(filled, tier, exposure);
      }
    }

    private void writeBatch(int count, RiskTier tier, String exposure) throws IOException {
      int[] ids = Arrays.copyOf(batch, count);
      Map<Integer, NotifiedPerson> found = directory.find(ids);
      for (int id : ids) {
        row(id, found.get(id), tier, exposure);
      }
    }

    private void row(int id, @Nullable NotifiedPerson person, RiskTier tier, String exposure)
        throws IOException {
      ChannelRule.Suggestion channel = ChannelRule.suggest(person, tier);
      byChannel.merge(channel.channel(), 1L, Long::sum);
      rows++;
      if (person == null) {
        unknown++;
      }
      List<String> cells = new ArrayList<>(HEADER.size());
      cells.add(person == null ? "unknown (id " + id + ")" : person.payNumber());
      cells.add(person == null ? "" : person.surname());
      cells.add(person == null ? "" : person.forenames());
      cells.add(person == null ? "" : person.kind().label());
      cells.add(person == null || person.rankOrGrade() == null ? "" : person.rankOrGrade());
      cells.add(person == null || person.unit() == null ? "" : person.unit());
      cells.add(person == null ? "" : ReportLabels.status(person.status()));
      cells.add(ReportLabels.tier(tier));
      cells.add(exposure);
      cells.add(categoriesOf(id));
      cells.add(channel.channel().label());
      cells.add(channel.why());
      for (String cell : cells) {
        printer.print(SpreadsheetSafe.cell(cell));
      }
      printer.println();
    }

    private String categoriesOf(int id) {
      StringBuilder names = new StringBuilder();
      for (Map.Entry<String, PersonSet> category : categoriesByName) {
        if (category.getValue().contains(id)) {
          names.append(names.isEmpty() ? "" : "; ").append(category.getKey());
        }
      }
      return names.toString();
    }
  }
}
