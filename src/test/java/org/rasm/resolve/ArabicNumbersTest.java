package org.rasm.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

class ArabicNumbersTest {
  private static String inDigits(String text) {
    return ArabicNumbers.inDigits(TextFolder.of(FoldProfile.KEY).fold(text).text());
  }

  @Test
  void aRunOfNumberWordsIsTheSumOfTheirValues() {
    assertEquals("فرع 227", inDigits("الفرع مئتين وسبعة وعشرين"));
    assertEquals("فرع 227", inDigits("الفرع مائتين وسبعة وعشرين"));
    assertEquals("سد 16 تشرين", inDigits("سد ستة عشر تشرين"));
    assertEquals("منطقه 55 كيلومترا", inDigits("منطقة الخمسة وخمسين كيلومترا"));
    assertEquals("فرقه 17", inDigits("الفرقة سبعة عشر"));
    assertEquals("فرع 235", inDigits("الفرع المئتين والخمسة والثلاثين"));
    // English number words as Arabic letters write them, tens before units
    assertEquals("حلب 24", inDigits("حلب تونتي فور"));
    // and in Latin letters; a lone unit is a word: "One Nation"
    assertEquals("france 24", inDigits("France Twenty-Four"));
    assertNull(inDigits("one nation"));
  }

  @Test
  void aCompoundOrdinalIsItsNumberAsARunOfNumberWordsIs() {
    assertEquals("فرقه 25 مهام خاصه", inDigits("الفرقة الخامسة والعشرين مهام خاصة"));
    assertEquals("لواء 31", inDigits("اللواء الحادي والثلاثين"));
    assertEquals("فرقه 17", inDigits("الفرقة السابع عشر"));
    // an ordinal alone is one already, and reads as such
    assertNull(inDigits("الفرقة الخامسة"));
  }

  @Test
  void aNumberInDigitsAfterAnArabicWordIsTheOrdinalThatAgreesWithIt() {
    String[] corps = TextFolder.of(FoldProfile.KEY).fold("الفيلق 5").text().split(" ");
    assertEquals("فيلق الخامس", ArabicNumbers.ordinalsInWords(corps));
    String[] division = TextFolder.of(FoldProfile.KEY).fold("الفرقة 11").text().split(" ");
    assertEquals("فرقه الحادية عشرة", ArabicNumbers.ordinalsInWords(division));
    // a number after a Latin word, or a number no ordinal is kept for, stays
    assertNull(ArabicNumbers.ordinalsInWords(new String[] {"brigade", "5"}));
    assertNull(ArabicNumbers.ordinalsInWords(new String[] {"فرع", "215"}));
  }

  @Test
  void aRomanisedOrdinalAfterAWordIsWrittenInDigits() {
    assertEquals("firqat 4", ArabicNumbers.romanisedOrdinalsInDigits(new String[] {"firqat", "rabiah"}));
    assertEquals("firqa 17", ArabicNumbers.romanisedOrdinalsInDigits(new String[] {"firqa", "sabata", "ashar"}));
    // an ordinal follows what it counts: a first word is a name (Rabia, a town)
    assertNull(ArabicNumbers.romanisedOrdinalsInDigits(new String[] {"rabia"}));
    assertNull(ArabicNumbers.romanisedOrdinalsInDigits(new String[] {"rabia", "town"}));
  }

  @Test
  void aLoneUnitIsAWordAsLikely() {
    // ست is "lady" (ست زينب), سبع "lion"
    assertNull(inDigits("ست زينب"));
    assertNull(inDigits("سبع بحرات"));
    // فور is "at once"
    assertNull(inDigits("فور وصوله"));
    assertEquals("فرقه 30", inDigits("الفرقة ثلاثين"));
  }
}
