package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * {@code Do}: places an image (where it lands is all that matters; it is never decoded) or draws a
 * form, through the canvas so that nesting is bounded.
 */
final class XObjectOperator extends OperatorProcessor {

  private final PageCanvas canvas;

  XObjectOperator(PageCanvas canvas) {
    super(canvas);
    this.canvas = canvas;
  }

  @Override
  public String getName() {
    return "Do";
  }

  @Override
  public void process(Operator operator, List<COSBase> operands) throws IOException {
    if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
      return;
    }
    PDResources resources = canvas.getResources();
    if (resources == null) {
      return;
    }
    COSDictionary xobjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
    if (xobjects == null || !(xobjects.getDictionaryObject(name) instanceof COSStream stream)) {
      return;
    }
    COSName subtype = stream.getCOSName(COSName.SUBTYPE);
    if (COSName.IMAGE.equals(subtype)) {
      canvas.drawImage(stream);
    } else if (COSName.FORM.equals(subtype)) {
      PDXObject xobject = resources.getXObject(name);
      if (xobject instanceof PDFormXObject form) {
        canvas.drawForm(form);
      }
    }
  }
}
