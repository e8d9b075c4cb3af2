package org.rasm.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
  private static Folded search(String s) {
    return TextFolder.of(FoldProfile.SEARCH).fold(s);
  }

  @Test
  void unchangedTextMapsOneToOne() {
    Folded f = search("abc def");
    assertEquals(new Span(4, 7), f.toOriginal(4, 7));
    assertEquals(new Span(0, 7), f.toOriginal(0, 7));
  }

  @Test
  void removedMarksBelongToTheLetterBeforeThem() {
    String s = "قَصَفَتْ طائرات";
    Folded f = search(s);
    assertEquals("قصفت طايرات", f.text());
    assertEquals("قَصَفَتْ", f.originalText(0, 4));
    assertEquals("طائرات", f.originalText(5, 11));
    assertEquals("صَ", f.originalText(1, 2));
  }

  @Test
  void leadingRemovedCharactersBelongToNothing() {
    Folded f = search("\uFEFF\u200Fحلب");
    assertEquals("حلب", f.text());
    assertEquals(new Span(2, 5), f.toOriginal(0, 3));
  }

  @Test
  void expansionsMapEachPartToTheWholeOriginalCharacter() {
    Folded f = search("Straße x");
    assertEquals("strasse x", f.text());
    assertEquals(new Span(4, 5), f.toOriginal(4, 5)); // first s of ss
    assertEquals(new Span(4, 5), f.toOriginal(5, 6)); // second s
    assertEquals("ß", f.originalText(4, 6));
    assertEquals("e", f.originalText(6, 7));
    Folded lamAlef = TextFolder.of(FoldProfile.DISPLAY).fold("\uFEFBx");
    assertEquals("لاx", lamAlef.text());
    assertEquals("\uFEFB", lamAlef.originalText(1, 2));
    assertEquals("x", lamAlef.originalText(2, 3));
  }

  @Test
  void decomposedSequencesMapToTheirWholeOriginal() {
    Folded f = TextFolder.of(FoldProfile.DISPLAY).fold("ca\u0301fe\u0301!");
    assertEquals("cáfé!", f.text());
    assertEquals("a\u0301", f.originalText(1, 2));
    assertEquals("e\u0301", f.originalText(3, 4));
    assertEquals("!", f.originalText(4, 5));
    Folded hamza = search("\u0627\u0654\u0645\u0646");
    assertEquals("امن", hamza.text());
    assertEquals("\u0627\u0654", hamza.originalText(0, 1));
  }

  @Test
  void keyProfileMapsThroughBothPasses() {
    String s = "Deir ez-Zor, al-Bokamal";
    Folded f = TextFolder.of(FoldProfile.KEY).fold(s);
    assertEquals("deir zor bokamal", f.text());
    assertEquals("Deir", f.originalText(0, 4));
    assertEquals("Zor", f.originalText(5, 8));
    assertEquals(", al-", f.originalText(8, 9));
    assertEquals("Bokamal", f.originalText(9, 16));
  }

  @Test
  void emptySpansAndBounds() {
    Folded f = search("ab");
    assertEquals(new Span(1, 1), f.toOriginal(1, 1));
    assertEquals(new Span(2, 2), f.toOriginal(2, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> f.toOriginal(0, 3));
    assertThrows(IllegalArgumentException.class, () -> f.toOriginal(2, 1));
    Folded empty = search("\u200B\u200B");
    assertEquals("", empty.text());
    assertEquals(new Span(2, 2), empty.toOriginal(0, 0));
  }

  @Test
  void supplementaryCharactersWhoseLowBitsLookLikeSurrogatesAreKept() {
    for (String s : List.of("\uD876\uDC00", "\uD837\uDF00")) { // U+2D800, U+1DF00
      assertEquals(s, TextFolder.of(FoldProfile.DISPLAY).fold(s).text());
    }
  }

  @Test
  void aMarkThatFoldsToALetterCountsAsOneAfterAnApostrophe() {
    TextFolder search = TextFolder.of(FoldProfile.SEARCH);
    String once = search.fold("\u06C0\u2019\u0345").text();
    assertEquals(once, search.fold(once).text());
  }

  @Test
  void wordsThatCollapsingWouldMakeArticlesStayWords() {
    TextFolder key = TextFolder.of(FoldProfile.KEY);
    assertEquals("ezz din", key.fold("Ezz ad-Din").text());
    assertEquals("all saints", key.fold("All Saints").text());
    assertEquals("bab", key.fold("al-Bab").text());
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharacters() {
    assertEquals("\uFFFDx\uFFFD", search("\uD800x\uDC00").text());
    assertEquals("😀", search("😀").text());
    assertEquals("😀", search("😀").originalText(0, 2));
  }
}
