package org.rasm.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private final LanguageIdentifier id = LanguageIdentifier.defaults();

  /** testdata/detect/paragraphs.tsv: paragraphs and short sentences we wrote, in the seven default languages. */
  @Test
  void goldParagraphsAreIdentified() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("testdata/detect/paragraphs.tsv"), StandardCharsets.UTF_8);
    Map<String, int[]> byLanguage = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      int[] counts = byLanguage.computeIfAbsent(cols[0], k -> new int[2]);
      counts[1]++;
      if (cols[0].equals(id.detect(cols[1]).language())) {
        counts[0]++;
      }
    }
    int right = 0;
    int all = 0;
    StringBuilder report = new StringBuilder("language identification on testdata/detect/paragraphs.tsv:");
    for (Map.Entry<String, int[]> e : byLanguage.entrySet()) {
      report.append(' ').append(e.getKey()).append(' ').append(e.getValue()[0]).append('/').append(e.getValue()[1]);
      right += e.getValue()[0];
      all += e.getValue()[1];
    }
    System.out.println(report);
    assertEquals(7, byLanguage.size());
    assertTrue(right >= 0.97 * all, report.toString());
  }

  @Test
  void arabicTextIsDecidedWithoutTheModel() {
    Detection d = id.detect("قالت مصادر محلية إن قوات سوريا الديمقراطية دخلت بلدة هجين في ريف دير الزور الشرقي.");
    assertEquals("ar", d.language());
    assertEquals("Arab", d.script());
    assertEquals("markers", d.spans().get(0).method());
  }

  @Test
  void aLatinNameInArabicTextIsNeverGivenToTheModel() {
    Detection d = id.detect("قالت مصادر محلية إن قوات سوريا الديمقراطية (SDF) دخلت بلدة Deir Ezzor الشرقي.");
    assertEquals("ar", d.language());
    for (LanguageSpan s : d.spans()) {
      if (s.script().equals("Latn")) {
        assertNull(s.language());
        assertEquals("none", s.method());
      }
    }
  }

  @Test
  void bareNamesGetNoLanguage() {
    for (String name : List.of("Deir Ezzor", "al-Bokamal", "Abu Kamal")) {
      assertNull(id.detect(name).language(), name);
    }
  }

  @Test
  void shortRunsTakeTheLanguageOfLongerRunsOfTheirScript() {
    Detection d = id.detect("The Syrian Observatory said the strikes hit positions of the regime forces near the town. "
        + "وقال المرصد السوري إن الغارات استهدفت مواقع لقوات النظام. Deir Ezzor.");
    assertEquals("en", d.spans().get(0).language());
    assertEquals("ar", d.spans().get(1).language());
    assertEquals("en", d.spans().get(2).language());
    assertEquals("context", d.spans().get(2).method());
  }

  @Test
  void persianAndUrduAreToldApartFromArabic() {
    assertEquals("fa", id.detect("در این گزارش آمده است که پناهجویان سوری در شهرهای مرزی ترکیه زندگی می‌کنند.").language());
    assertEquals("ur", id.detect("شام کے مشرقی علاقے میں لڑائی کی وجہ سے ہزاروں لوگ اپنے گھر چھوڑنے پر مجبور ہو گئے ہیں۔").language());
  }

  @Test
  void emptyAndLetterlessText() {
    Detection empty = id.detect("");
    assertNull(empty.language());
    assertEquals("Zyyy", empty.script());
    assertEquals(0.0, empty.confidence());
    assertNull(id.detect("12 - 34 %").language());
  }

  @Test
  void onlyConfiguredLanguagesAreChosen() {
    LanguageIdentifier arEn = new LanguageIdentifier(List.of("ar", "en"), true);
    Detection d = arEn.detect("Le convoi humanitaire est arrivé à Idlib lundi, selon les Nations unies, après une semaine d'attente.");
    assertEquals("en", d.language());
    assertEquals(1.0, d.spans().get(0).confidence());
    assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(List.of("xx"), true));
    assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(List.of(), true));
  }
}
