package org.rasm.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolver;

class TaggerTest {
  static Tagger tagger;

  @BeforeAll
  static void build() {
    tagger = new Tagger(Lexicon.defaults(), new Resolver(Lexicon.defaults()));
  }

  private static List<String> found(String text) {
    return tagger.tag(text).stream().map(m -> m.text() + "=" + m.id()).toList();
  }

  @Test
  void namesInBothScriptsWithTheirOffsets() {
    String text = "Clashes near al-Bokamal and in the countryside of Deir ez-Zor; قصفت طائرات التحالف الدولي البوكمال";
    List<Mention> ms = tagger.tag(text);
    for (Mention m : ms) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
    assertEquals(List.of("al-Bokamal=place:albu-kamal", "Deir ez-Zor=place:dayr-az-zawr",
        "التحالف الدولي=actor:international-coalition", "البوكمال=place:albu-kamal"), found(text));
  }

  @Test
  void arabicClitisAreStrippedAndLeftOutOfTheMention() {
    assertEquals(List.of("البوكمال=place:albu-kamal", "دير الزور=place:dayr-az-zawr", "قوات سوريا الديمقراطية=actor:sdf"),
        found("والبوكمال بدير الزور لقوات سوريا الديمقراطية"));
    List<Mention> ms = tagger.tag("وللمرصد السوري لحقوق الإنسان");
    assertEquals("لمرصد السوري لحقوق الإنسان", ms.get(0).text()); // the article's lam stays, the preposition goes
    assertEquals("clitic", ms.get(0).match());
  }

  @Test
  void cuesChooseTheUnitAndStayOutOfTheMention() {
    assertEquals(List.of("دير الزور=place:deir-ez-zor-governorate", "دير الزور=place:dayr-az-zawr", "دير الزور=place:deir-ez-zor-governorate"),
        found("قصف على ريف دير الزور ومدينة دير الزور ومحافظة دير الزور"));
    assertEquals(List.of("Deir Ezzor=place:deir-ez-zor-governorate", "Deir Ezzor=place:dayr-az-zawr"),
        found("Shelling hit Deir Ezzor province, then Deir Ezzor."));
  }

  @Test
  void commonWordsAreNamesOnlyWithACueOrSupport() {
    String filler = " وقال ناشطون محليون إن الأوضاع الإنسانية تزداد سوءاً في المنطقة منذ بداية الشهر الجاري.";
    assertEquals(List.of(), found("وقال مسؤول إن الباب مفتوح أمام المفاوضات" + filler));
    assertEquals(List.of("الباب=place:al-bab"), found("وقال مسؤول إن اشتباكات اندلعت في مدينة الباب" + filler));
    assertEquals(List.of("الميادين=place:al-mayadin", "دير الزور=place:deir-ez-zor-governorate"),
        found("وقال مسؤول إن قصفاً استهدف الميادين في ريف دير الزور الشرقي" + filler));
  }

  @Test
  void theLongestNameWins() {
    assertEquals(List.of("Deir Ezzor 24=outlet:deir-ezzor-24"), found("Deir Ezzor 24 reported"));
    assertEquals(List.of("Syria Direct=outlet:syria-direct", "Syria=country:syria"), found("Syria Direct and Syria"));
  }

  @Test
  void possessivesAndQuotesStayOutOfTheMention() {
    assertEquals(List.of("al-Bokamal=place:albu-kamal"), found("al-Bokamal’s outskirts"));
    assertEquals(List.of("Islamic State=actor:islamic-state"), found("the “Islamic State” organization"));
  }

  @Test
  void acronymsAndLatinNamesNeedTheirCapitals() {
    assertEquals(List.of("IS=actor:islamic-state"), found("IS cells attacked; this is the end"));
    assertEquals(List.of(), found("the war goes on"));
  }

  @Test
  void aCapitalAfterTheEndOfASentenceIsNoSignOfAName() {
    // "Human" and "Read" resolve fuzzily to places (Hamin, Arwad) when taken for names in mid-sentence
    assertEquals(List.of(), found("families held in the camp.\nHuman rights groups welcomed it; some said\nRead also"));
    assertEquals(List.of(), found("losses to the Syrian pound were large"), "a demonym is no misspelt place (Suran)");
  }

  @Test
  void mentionsOfOurDocumentsPointAtTheirTextAndNeverOverlap() throws IOException {
    try (Stream<Path> docs = Files.list(Path.of("testdata/docs"))) {
      for (Path doc : docs.toList()) {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int previousEnd = 0;
        List<Mention> ms = tagger.tag(text);
        assertTrue(ms.size() >= 5, doc + " has few mentions: " + ms.size());
        for (Mention m : ms) {
          assertEquals(m.text(), text.substring(m.start(), m.end()), doc.toString());
          assertTrue(m.start() >= previousEnd, doc + ": overlapping mentions at " + m.start());
          previousEnd = m.end();
        }
      }
    }
  }
}
