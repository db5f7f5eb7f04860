package uk.warden.app.breach.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns XHTML into PDF with openhtmltopdf over PDFBox. The fonts are embedded from the jar (DejaVu
 * Sans, subset), so the PDF looks the same on every machine and shows letters outside Latin-1, such
 * as Welsh unit names, which the PDF standard fonts cannot. Shared by the incident report and the
 * access review report. Nothing is fetched from outside: the document has no links to load, and any
 * it grew would be refused.
 */
public final class XhtmlPdfWriter {

  private static final Logger LOG = LoggerFactory.getLogger(XhtmlPdfWriter.class);
  private static final String FAMILY = "DejaVu Sans";

  /** Fails on any error instead of the default handler's printing to standard error. */
  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  static {
    // openhtmltopdf's own logger prints every message, arguments and all, to standard error: on
    // the command line that is the user's screen, and an argument can quote the document. The
    // builder's diagnostic consumer (log below) still receives them.
    XRLog.setLoggerImpl(new Silent());
  }

  private final byte[] regular;
  private final byte[] bold;

  public XhtmlPdfWriter() {
    regular = font("reports/fonts/DejaVuSans.ttf");
    bold = font("reports/fonts/DejaVuSans-Bold.ttf");
  }

  public void write(String xhtml, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(parse(xhtml), null);
    builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.withProducer("Warden");
    builder.withDiagnosticConsumer(XhtmlPdfWriter::log);
    builder.toStream(out);
    builder.run();
  }

  /**
   * Parses with DTDs and external entities off: the text inside comes from users (incident titles,
   * party names), and Thymeleaf has escaped it, but the parser should not trust that.
   */
  static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder parser = factory.newDocumentBuilder();
      parser.setErrorHandler(STRICT);
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be configured safely", e);
    } catch (SAXException | IOException e) {
      // The message quotes no document text, only where the markup broke.
      throw new IllegalStateException(
          "report template did not produce well-formed XHTML: " + e.getMessage(), e);
    }
  }

  /** Diagnostics by message id only: their text could quote the document. */
  private static void log(Diagnostic diagnostic) {
    if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
      LOG.warn("PDF rendering: {}", diagnostic.getLogMessageId());
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("PDF rendering: {}", diagnostic.getLogMessageId());
    }
  }

  /** Logs nothing, so that only {@link #log} speaks for the renderer. */
  private static final class Silent implements XRLogger {
    @Override
    public void log(String where, Level level, String message) {}

    @Override
    public void log(String where, Level level, String message, Throwable th) {}

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return false;
    }
  }

  private static byte[] font(String path) {
    try (InputStream in = XhtmlPdfWriter.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
