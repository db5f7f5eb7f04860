package uk.warden.inspect.format.pdf;

/**
 * A bound on reading a PDF was reached inside PDFBox's callbacks, where only unchecked exceptions
 * get through (PDFBox swallows some IOExceptions of nested drawings). Turned into an {@link
 * uk.warden.inspect.content.UnreadableException} with the same reason at the top.
 */
final class PdfLimitExceeded extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PdfLimitExceeded(String reason) {
    super(reason, null, false, false);
  }

  String reason() {
    return getMessage();
  }
}
