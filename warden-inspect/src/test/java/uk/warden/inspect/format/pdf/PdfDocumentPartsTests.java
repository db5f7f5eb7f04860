package uk.warden.inspect.format.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.warden.inspect.format.pdf.PdfFixtures.addPage;
import static uk.warden.inspect.format.pdf.PdfFixtures.document;
import static uk.warden.inspect.format.pdf.PdfFixtures.read;
import static uk.warden.inspect.format.pdf.PdfFixtures.text;
import static uk.warden.inspect.format.pdf.PdfFixtures.textAt;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;

class PdfDocumentPartsTests {

  @Test
  void aCleanPdfHasNoFindingsAndAllItsText() throws Exception {
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 700, "Annual report 2025"));
              addPage(d, (x, p, content) -> text(content, 72, 700, "Crime figures by ward"));
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.structures).isEmpty();
    assertThat(sink.texts)
        .extracting(RecordingSink.Text::location)
        .containsExactly(
            new Location("test.pdf", "page 1", null), new Location("test.pdf", "page 2", null));
    assertThat(textAt(sink, "page 1", null)).isEqualTo("Annual report 2025\n\n");
    assertThat(textAt(sink, "page 2", null)).contains("Crime figures by ward");
  }

  @Test
  void aStickyNoteIsAnAnnotationWithItsTextAndAuthor() throws Exception {
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 700, "Page one"));
              PDPage second = addPage(d, (x, p, content) -> text(content, 72, 700, "Page two"));
              PDAnnotationText note = new PDAnnotationText();
              note.setContents("Call John Smith on 07700 900123");
              note.setTitlePopup("PC Jane Doe");
              note.setRectangle(new PDRectangle(300, 600, 20, 20));
              second.getAnnotations().add(note);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_ANNOTATIONS);
    RecordingSink.Structure note = sink.structures.get(0);
    assertThat(note.location().part()).isEqualTo("page 2");
    assertThat(note.location().range()).matches("Text annotation, object \\d+ 0 R");
    assertThat(note.count()).isEqualTo(1);
    assertThat(note.detail())
        .isEqualTo(
            "a sticky note (Text annotation) with 31 characters of comment text and an author"
                + " name");
    assertThat(textAt(sink, "page 2", HiddenContent.PDF_ANNOTATIONS))
        .contains("Call John Smith on 07700 900123")
        .contains("PC Jane Doe");
  }

  @Test
  void anEmbeddedFileIsReportedAndHandedOverAsANestedDocument() throws Exception {
    byte[] attached = "Witness: John Smith, 12 High Street".getBytes(StandardCharsets.UTF_8);
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 700, "Cover letter"));
              PDEmbeddedFile file = new PDEmbeddedFile(d, new ByteArrayInputStream(attached));
              file.setSubtype("text/plain");
              file.setSize(attached.length);
              PDComplexFileSpecification specification = new PDComplexFileSpecification();
              specification.setFile("witness.txt");
              specification.setFileUnicode("witness.txt");
              specification.setEmbeddedFile(file);
              specification.setEmbeddedFileUnicode(file);
              PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
              tree.setNames(Map.of("witness.txt", specification));
              PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
              names.setEmbeddedFiles(tree);
              d.getDocumentCatalog().setNames(names);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_ATTACHMENTS);
    RecordingSink.Structure attachment = sink.structures.get(0);
    assertThat(attachment.location().part()).isEqualTo("attachments");
    assertThat(attachment.location().range()).matches("embedded file, object \\d+ 0 R");
    assertThat(attachment.detail()).contains(attached.length + " bytes").doesNotContain("witness");
    assertThat(sink.nested).hasSize(1);
    assertThat(sink.nested.get(0).name()).isEqualTo("witness.txt");
    assertThat(sink.nested.get(0).content()).isEqualTo(attached);
    assertThat(sink.nested.get(0).location()).isEqualTo(attachment.location());
    assertThat(textAt(sink, "attachments", HiddenContent.PDF_ATTACHMENTS)).contains("witness.txt");
  }

  @Test
  void anAttachmentLargerThanTheLimitIsReportedButNotHandedOver() throws Exception {
    byte[] attached = new byte[200_000];
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 700, "Cover letter"));
              PDComplexFileSpecification specification = new PDComplexFileSpecification();
              specification.setFile("big.bin");
              specification.setEmbeddedFile(
                  new PDEmbeddedFile(d, new ByteArrayInputStream(attached), COSName.FLATE_DECODE));
              PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
              tree.setNames(Map.of("big.bin", specification));
              PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
              names.setEmbeddedFiles(tree);
              d.getDocumentCatalog().setNames(names);
            });
    var defaults = uk.warden.inspect.content.Limits.defaults();
    var small =
        new uk.warden.inspect.content.Limits(
            pdf.length + 1L,
            defaults.maxExpandedBytes(),
            defaults.maxCompressionRatio(),
            defaults.maxEntries(),
            defaults.maxCells(),
            defaults.maxNesting(),
            defaults.maxPages());

    RecordingSink sink = read(pdf, small);

    assertThat(pdf.length).isLessThan(attached.length);
    assertThat(sink.codes())
        .containsExactlyInAnyOrder(HiddenContent.PDF_ATTACHMENTS, HiddenContent.UNINSPECTABLE);
    assertThat(sink.nested).isEmpty();
  }

  @Test
  void filledFormFieldsAreNamedInTheFindingAndTheirValuesScanned() throws Exception {
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 750, "Application"));
              PDPage page = d.getPage(0);
              PDAcroForm form = new PDAcroForm(d);
              d.getDocumentCatalog().setAcroForm(form);
              PDResources resources = new PDResources();
              resources.put(COSName.HELV, PdfFixtures.HELVETICA);
              form.setDefaultResources(resources);
              form.setDefaultAppearance("/Helv 10 Tf 0 g");
              PDTextField applicant = new PDTextField(form);
              applicant.setPartialName("applicant");
              PDAnnotationWidget widget = applicant.getWidgets().get(0);
              widget.setRectangle(new PDRectangle(72, 600, 200, 20));
              widget.setPage(page);
              page.getAnnotations().add(widget);
              form.getFields().add(applicant);
              applicant.setValue("Jane Doe");
              PDTextField empty = new PDTextField(form);
              empty.setPartialName("notes");
              form.getFields().add(empty);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_FORM_DATA);
    RecordingSink.Structure form = sink.structures.get(0);
    assertThat(form.location()).isEqualTo(new Location("test.pdf", "page 1", null));
    assertThat(form.count()).isEqualTo(1);
    assertThat(form.detail()).isEqualTo("1 form field holds a value: 'applicant'");
    assertThat(sink.texts)
        .anySatisfy(
            t -> {
              assertThat(t.location())
                  .isEqualTo(new Location("test.pdf", "page 1", "field 'applicant'"));
              assertThat(t.hiddenBy()).isEqualTo(HiddenContent.PDF_FORM_DATA);
              assertThat(t.text()).isEqualTo("Jane Doe");
            });
  }

  @Test
  void documentInformationAndXmpAreReportedByKeyWithoutValues() throws Exception {
    String xmp =
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
            + "<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
            + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            + "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'"
            + " xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmp:CreatorTool='Word'>"
            + "<dc:creator><rdf:Seq><rdf:li>DC Alan Jones</rdf:li></rdf:Seq></dc:creator>"
            + "<dc:format>application/pdf</dc:format>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 700, "Report"));
              d.getDocumentInformation().setAuthor("Jane Doe");
              d.getDocumentInformation().setProducer("Some PDF library");
              d.getDocumentInformation().setCustomMetadataValue("CaseOfficer", "PC 1234 Smith");
              PDMetadata metadata = new PDMetadata(d);
              metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
              d.getDocumentCatalog().setMetadata(metadata);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.DOCUMENT_PROPERTIES);
    assertThat(sink.structures)
        .extracting(s -> s.location().part() + ": " + s.count() + ": " + s.detail())
        .containsExactly(
            "document information: 2: the document information dictionary holds 'Author',"
                + " 'CaseOfficer'",
            "XMP metadata: 1: XMP metadata holds 'dc:creator'");
    assertThat(textAt(sink, "document information", HiddenContent.DOCUMENT_PROPERTIES))
        .contains("Jane Doe")
        .contains("PC 1234 Smith")
        .doesNotContain("library");
    assertThat(textAt(sink, "XMP metadata", HiddenContent.DOCUMENT_PROPERTIES))
        .isEqualTo("DC Alan Jones\n");
  }

  @Test
  void javaScriptIsReportedAsMacros() throws Exception {
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 700, "Form"));
              d.getDocumentCatalog()
                  .setOpenAction(new PDActionJavaScript("app.alert('Hello John Smith');"));
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.MACROS);
    assertThat(sink.structures.get(0).location())
        .isEqualTo(new Location("test.pdf", "document JavaScript", "open action"));
    assertThat(sink.structures.get(0).detail()).contains("runs when the file opens");
    assertThat(textAt(sink, "document JavaScript", HiddenContent.MACROS)).contains("John Smith");
  }

  @Test
  void bookmarkTitlesAreScannedAsText() throws Exception {
    byte[] pdf =
        document(
            d -> {
              PDPage page = addPage(d, (x, p, content) -> text(content, 72, 700, "Statement"));
              PDDocumentOutline outline = new PDDocumentOutline();
              PDOutlineItem item = new PDOutlineItem();
              item.setTitle("Statement of John Smith");
              item.setDestination(page);
              outline.addLast(item);
              d.getDocumentCatalog().setDocumentOutline(outline);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.structures).isEmpty();
    assertThat(textAt(sink, "bookmarks", null)).isEqualTo("Statement of John Smith\n\n");
  }

  @Test
  void aPdfNeedingAPasswordCannotBeInspected() throws Exception {
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 700, "John Smith"));
              StandardProtectionPolicy policy =
                  new StandardProtectionPolicy(
                      "owner-secret", "user-secret", new AccessPermission());
              policy.setEncryptionKeyLength(128);
              d.protect(policy);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.UNINSPECTABLE);
    assertThat(sink.structures.get(0).location()).isEqualTo(Location.of("test.pdf"));
    assertThat(sink.structures.get(0).detail()).contains("needs a password");
    assertThat(sink.texts).isEmpty();
  }

  @Test
  void aPdfEncryptedForCertificatesCannotBeInspected() throws Exception {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
    raw.add(
        "<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s4 /V 4 /Length 128"
            + " /Recipients [<3082>] /CF << /DefaultCryptFilter << /CFM /AESV2 >> >>"
            + " /StmF /DefaultCryptFilter /StrF /DefaultCryptFilter >>");

    RecordingSink sink =
        read(raw.build(catalog, "/Encrypt 4 0 R /ID [<0123456789abcdef> <0123456789abcdef>]"));

    assertThat(sink.codes()).containsExactly(HiddenContent.UNINSPECTABLE);
    assertThat(sink.structures.get(0).detail()).contains("encrypted in a way Warden cannot open");
  }

  @Test
  void aPdfWithAnOwnerPasswordOnlyIsReadAndItsFindingsMentionTheEncryption() throws Exception {
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 700, "John Smith"));
              d.getDocumentInformation().setAuthor("Jane Doe");
              AccessPermission permissions = new AccessPermission();
              permissions.setCanExtractContent(false);
              StandardProtectionPolicy policy =
                  new StandardProtectionPolicy("owner-secret", "", permissions);
              policy.setEncryptionKeyLength(128);
              d.protect(policy);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.DOCUMENT_PROPERTIES);
    assertThat(sink.structures.get(0).detail()).contains("encrypted with an owner password only");
    assertThat(textAt(sink, "page 1", null)).contains("John Smith");
  }

  @Test
  void aSignatureFieldNamesItsSigner() throws Exception {
    byte[] pdf =
        document(
            d -> {
              PDPage page = addPage(d, (x, p, content) -> text(content, 72, 750, "Approval"));
              PDAcroForm form = new PDAcroForm(d);
              d.getDocumentCatalog().setAcroForm(form);
              PDSignatureField field = new PDSignatureField(form);
              field.setPartialName("approver");
              PDAnnotationWidget widget = field.getWidgets().get(0);
              widget.setRectangle(new PDRectangle(72, 600, 200, 40));
              widget.setPage(page);
              page.getAnnotations().add(widget);
              form.getFields().add(field);
              PDSignature signature = new PDSignature();
              signature.setName("Supt Jane Doe");
              signature.setReason("Approved for release");
              field.setValue(signature);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_FORM_DATA);
    assertThat(sink.structures.get(0).detail()).isEqualTo("1 form field holds a value: 'approver'");
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_FORM_DATA))
        .contains("Supt Jane Doe")
        .contains("Approved for release");
  }

  @Test
  void xfaFormDataIsReportedWithItsValues() throws Exception {
    String xdp =
        "<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'><template xmlns='http://www.xfa.org/"
            + "schema/xfa-template/3.3/'><subform name='form'/></template>"
            + "<xfa:datasets xmlns:xfa='http://www.xfa.org/schema/xfa-data/1.0/'><xfa:data>"
            + "<form><name>John Smith</name><dob>01/02/1980</dob></form>"
            + "</xfa:data></xfa:datasets></xdp:xdp>";
    byte[] pdf =
        document(
            d -> {
              addPage(d, (x, p, content) -> text(content, 72, 750, "Please wait..."));
              PDAcroForm form = new PDAcroForm(d);
              d.getDocumentCatalog().setAcroForm(form);
              COSStream xfa = d.getDocument().createCOSStream();
              try (OutputStream out = xfa.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(xdp.getBytes(StandardCharsets.UTF_8));
              }
              form.getCOSObject().setItem(COSName.getPDFName("XFA"), xfa);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_FORM_DATA);
    RecordingSink.Structure xfa = sink.structures.get(0);
    assertThat(xfa.location()).isEqualTo(new Location("test.pdf", "form", "XFA form"));
    assertThat(xfa.count()).isEqualTo(2);
    assertThat(xfa.detail()).contains("XFA").doesNotContain("Smith");
    assertThat(textAt(sink, "form", HiddenContent.PDF_FORM_DATA))
        .isEqualTo("John Smith\n01/02/1980\n");
  }

  @Test
  void anAnnotationFlaggedHiddenSaysSo() throws Exception {
    byte[] pdf =
        document(
            d -> {
              PDPage page = addPage(d, (x, p, content) -> text(content, 72, 700, "Page"));
              PDAnnotationText note = new PDAnnotationText();
              note.setContents("Suspect: John Smith");
              note.setHidden(true);
              note.setRectangle(new PDRectangle(300, 600, 20, 20));
              page.getAnnotations().add(note);
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.structures(HiddenContent.PDF_ANNOTATIONS).get(0).detail())
        .contains("flagged hidden");
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_ANNOTATIONS)).contains("John Smith");
  }

  @Test
  void theTextBudgetRefusesFilesWithTooMuchText() {
    ReadBudget budget = new ReadBudget(10, 100, 10, 10, 100, 1_000);
    budget.startPage(3);
    budget.text(999);

    assertThatThrownBy(() -> budget.text(2))
        .isInstanceOf(PdfLimitExceeded.class)
        .hasMessage("the file holds more than 1,000 characters of text");
    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 11; i++) {
                budget.glyph();
              }
            })
        .hasMessage("page 3 draws more than 10 characters");
  }
}
