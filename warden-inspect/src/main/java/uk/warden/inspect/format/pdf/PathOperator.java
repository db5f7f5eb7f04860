package uk.warden.inspect.format.pdf;

import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * Path construction, painting and clipping operators, which PDFTextStripper ignores. PDFBox's own
 * processors for them need a PDFGraphicsStreamEngine, and the text stripper is not one.
 */
final class PathOperator extends OperatorProcessor {

  static final List<String> NAMES =
      List.of(
          "m", "l", "c", "v", "y", "h", "re", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "n",
          "W", "W*");

  private final PageCanvas canvas;
  private final String name;

  PathOperator(PageCanvas canvas, String name) {
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
    switch (name) {
      case "m" -> {
        if (numbers(operands, 2)) {
          canvas.moveTo(f(operands, 0), f(operands, 1));
        }
      }
      case "l" -> {
        if (numbers(operands, 2)) {
          canvas.lineTo(f(operands, 0), f(operands, 1));
        }
      }
      case "c" -> {
        if (numbers(operands, 6)) {
          canvas.curveTo(
              f(operands, 0),
              f(operands, 1),
              f(operands, 2),
              f(operands, 3),
              f(operands, 4),
              f(operands, 5));
        }
      }
      case "v", "y" -> {
        if (numbers(operands, 4)) {
          canvas.curveTo(
              f(operands, 0),
              f(operands, 1),
              f(operands, 0),
              f(operands, 1),
              f(operands, 2),
              f(operands, 3));
        }
      }
      case "re" -> {
        if (numbers(operands, 4)) {
          canvas.rectangle(f(operands, 0), f(operands, 1), f(operands, 2), f(operands, 3));
        }
      }
      case "h" -> canvas.closePath();
      case "f", "F" -> canvas.paintPath(true, false, false);
      case "f*" -> canvas.paintPath(true, true, false);
      case "B", "b" -> canvas.paintPath(true, false, true);
      case "B*", "b*" -> canvas.paintPath(true, true, true);
      case "S", "s" -> canvas.paintPath(false, false, true);
      case "n" -> canvas.paintPath(false, false, false);
      case "W" -> canvas.clipWithPath();
      case "W*" -> canvas.clipWithPath();
      default -> {
        // every name in NAMES is handled above
      }
    }
  }

  private static boolean numbers(List<COSBase> operands, int count) {
    if (operands.size() < count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!(operands.get(i) instanceof COSNumber)) {
        return false;
      }
    }
    return true;
  }

  private static float f(List<COSBase> operands, int index) {
    return ((COSNumber) operands.get(index)).floatValue();
  }
}
