package uk.warden.inspect.detect.uk;

import java.util.Arrays;
import uk.warden.inspect.detect.WordSet;

/**
 * The 124 postcode areas of the UK and Crown Dependencies (Royal Mail), plus BF (British Forces)
 * and BX (non-geographic). The format rules alone accept "A1 2BC"; no area "A" exists.
 */
final class PostcodeAreas {

  private static final WordSet AREAS =
      WordSet.of(
          Arrays.asList(
              ("AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE"
                      + " DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX"
                      + " IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN"
                      + " NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR"
                      + " SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE")
                  .split(" ")));

  private PostcodeAreas() {}

  static boolean contains(CharSequence text, int start, int end) {
    return AREAS.contains(text, start, end);
  }
}
