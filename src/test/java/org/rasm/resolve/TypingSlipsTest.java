package org.rasm.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypingSlipsTest {
  private final TypingSlips slips = new TypingSlips(List.of("salkhad", "subdistrict", "hajeb", "harem", "hamre", "جسرين",
      "لبنان", "محنبل"), 7, 4);

  @Test
  void aLongWordMayHaveALetterMoreFewerOtherOrTwoSwapped() {
    assertEquals("salkhad", slips.meant("salkahd"));
    assertEquals("salkhad", slips.meant("salkhd"));
    assertEquals("salkhad", slips.meant("sallkhad"));
    assertEquals("salkhad", slips.meant("salkhaz"));
    assertEquals("subdistrict", slips.meant("subdistrcit"));
  }

  @Test
  void aShortWordOnlyTwoSwapped() {
    assertEquals("hajeb", slips.meant("hajbe"));
    assertNull(slips.meant("hajeg"));
    assertNull(slips.meant("haje"));
  }

  @Test
  void theFirstLetterIsAsMeantAndTheWordUnique() {
    assertNull(slips.meant("ahjeb"));
    assertEquals("harem", slips.meant("haerm"));
    // "harme" is harem and hamre both, two letters swapped
    assertNull(slips.meant("harme"));
    assertEquals("جسرين", slips.meant("جرسين"));
  }

  @Test
  void aWordWithTwoLettersSwappedIsTheOneWordItSwaps() {
    assertEquals("salkhad", slips.swapped("salkahd"));
    assertEquals("hajeb", slips.swapped("hajbe"));
    assertNull(slips.swapped("salkhd"));
    assertNull(slips.swapped("harme"));
    assertNull(slips.swapped("ahjeb"));
  }

  @Test
  void aWordOfTheVocabularyOrOfOtherLettersIsNoSlip() {
    assertNull(slips.meant("hajeb"));
    assertNull(slips.meant("salk-had"));
    assertThrows(IllegalArgumentException.class, () -> new TypingSlips(List.of(), 3, 4));
  }

  @Test
  void aSlipOffTwoWordsOfOneMeaningIsEither() {
    TypingSlips kinds = new TypingSlips(List.of("governorate", "gouvernorat", "government"), 6, 3,
        w -> w.startsWith("gov") && w.endsWith("ate") || w.startsWith("gouv") ? "governorate" : w);
    assertEquals("gouvernorat", kinds.meant("governorat"));
    assertNull(new TypingSlips(List.of("governorate", "gouvernorat"), 6, 3).meant("governorat"));
  }

  @Test
  void anArabicLetterAfterTheFirstMayBeStruckOnTheKeyBesideIt() {
    // ن and ت, ب and ي are side by side on the Arabic keyboard
    assertEquals("لبنان", slips.neighbourKeyed("لبتان"));
    assertEquals("محنبل", slips.neighbourKeyed("محنيل"));
    // keys apart, the first letter, or a Latin word: no
    assertNull(slips.neighbourKeyed("لبشان"));
    assertNull(slips.neighbourKeyed("تبنان"));
    assertNull(slips.neighbourKeyed("hajrb"));
  }

  @Test
  void aLongWordMayHaveALetterDroppedOrAddedAlone() {
    assertEquals("subdistrict", slips.letterDroppedOrAdded("subdistict"));
    assertEquals("salkhad", slips.letterDroppedOrAdded("sallkhad"));
    // not a letter typed for another, nor a word shorter than minRespelt, nor the first letter
    assertNull(slips.letterDroppedOrAdded("salkhaz"));
    assertNull(slips.letterDroppedOrAdded("salkhd"));
    assertNull(slips.letterDroppedOrAdded("alkhad"));
  }
}
