package uk.warden.app.review.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import uk.warden.app.platform.SpreadsheetSafe;
import uk.warden.app.review.CampaignReview;
import uk.warden.app.review.ReviewItem;

/**
 * A campaign's outcome as CSV, one row per item, for auditors to sort and filter. Times are ISO
 * 8601 in UTC so that they sort and mean one thing. Every text cell is neutralised against formula
 * injection: holders, purposes and reasons come from imports and forms.
 */
public final class ReviewCsv {

  static final String[] HEADER = {
    "system",
    "owner",
    "holder",
    "grant",
    "categories",
    "access type",
    "purpose",
    "expires",
    "last used",
    "decision",
    "reason",
    "decided by",
    "decided at"
  };

  private ReviewCsv() {}

  /** Writes the rows to {@code out}, which the caller closes. */
  public static void write(CampaignReview review, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
    for (ReviewItem i : review.items()) {
      csv.printRecord(
          cell(i.systemCode()),
          cell(i.systemOwner()),
          cell(i.holderId()),
          cell(i.grantId()),
          cell(i.categoriesShown()),
          i.accessType().name(),
          cell(i.purpose()),
          time(i.expiresAt()),
          time(i.lastUsedAt()),
          i.decision() == null ? "" : i.decision().name(),
          cell(i.reason()),
          cell(i.decidedBy()),
          time(i.decidedAt()));
    }
    csv.flush();
  }

  private static String cell(@Nullable String value) {
    return value == null ? "" : SpreadsheetSafe.cell(value);
  }

  private static String time(@Nullable Instant at) {
    return at == null ? "" : at.toString();
  }
}
