package org.rasm.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicCliticsTest {
  @Test
  void aWordReadsWithoutEachCliticItMayStartWithLongestFirst() {
    assertEquals(List.of(new ArabicClitics.Unclitic("البوكمال", 1, false)), ArabicClitics.without("والبوكمال"));
    // ول before و: "and for"
    assertEquals(List.of(new ArabicClitics.Unclitic("قوات", 2, false), new ArabicClitics.Unclitic("لقوات", 1, false)),
        ArabicClitics.without("ولقوات"));
    // لل is ل before the article, whose alef is not written: the second lam stays in the name
    assertEquals(new ArabicClitics.Unclitic("رقة", 1, true), ArabicClitics.without("للرقة").get(0));
  }

  @Test
  void aWordOfOtherLettersOrTooShortHasNone() {
    assertFalse(ArabicClitics.mayStartWith("حلب"));
    assertEquals(List.of(), ArabicClitics.without("حلب"));
    assertEquals(List.of(), ArabicClitics.without("بن"));
    assertTrue(ArabicClitics.mayStartWith("بحلب"));
  }

  @Test
  void likeIsNoCliticBeforeAMisspeltName() {
    assertTrue(ArabicClitics.mayPrecedeMisspeltName("ب"));
    assertTrue(ArabicClitics.mayPrecedeMisspeltName("ولل"));
    assertFalse(ArabicClitics.mayPrecedeMisspeltName("ك"));
    assertFalse(ArabicClitics.mayPrecedeMisspeltName("وك"));
    assertFalse(ArabicClitics.mayPrecedeMisspeltName("حلب"));
  }
}
