package uk.warden.inspect.format.pdf;

import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;

/** {@code BI} (an inline image) and {@code sh} (a gradient over the clipping area). */
final class ImageAndShadingOperator extends OperatorProcessor {

  private final PageCanvas canvas;
  private final String name;

  ImageAndShadingOperator(PageCanvas canvas, String name) {
    super(canvas);
    this.canvas = canvas;
    this.name = name;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public void process(Operator operator, List<COSBase> operands) {
    if ("BI".equals(name)) {
      canvas.drawInlineImage(operator.getImageParameters());
    } else {
      canvas.drawShading();
    }
  }
}
