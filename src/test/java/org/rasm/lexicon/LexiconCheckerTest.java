package org.rasm.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasm.lexicon.LexiconTestFiles.row;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconCheckerTest {
  @TempDir Path tmp;

  private static final String GOV = row("place:test-governorate;place;governorate;Testia;تستيا;;;;;;SY09;;;test");

  /** Each malformed row is refused with its file and line; the row is on line 3, after the header and a good row. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "place:x;place;;X;اكس;;;;;;;;;test | missing subtype",
      "place:x;place;planet;X;اكس;;;;;;;;;test | subtype 'planet' is not one of",
      "place:x;place;town;;;;;;;;;;;test | missing name",
      "place:x;place;town;X;اكس;;;;;;;;; | missing source",
      "place:x;place;town;دير;اكس;;;;;;;;;test | name_en 'دير' has Arabic letters",
      "place:x;place;town;X;Deir;;;;;;;;;test | name_ar 'Deir' is not in Arabic script",
      "place:x;place;town;X;اكس;;;place:nowhere;;;;;;test | unknown parent 'place:nowhere'",
      "place:x;place;town;X;اكس;;;;858;;;;;test | malformed wikidata '858'",
      "place:x;place;town;X;اكس;;;;;Q12;;;;test | malformed geonames 'Q12'",
      "place:x;place;town;X;اكس;;;;;;SYR9;;;test | malformed pcode 'SYR9'",
      "place:x;place;district;X;اكس;;;place:test-governorate;;;SY0903;;;test | ok-sentinel",
      "place:x;place;district;X;اكس;;;place:test-governorate;;;SY090301;;;test | a district P-code has 6 characters",
      "place:x;place;district;X;اكس;;;place:test-governorate;;;SY1003;;;test | P-code SY1003 is not inside its parent's SY09",
      "place:x;place;city;X;اكس;;;place:test-governorate;;;SY;;;test | only a country has a two-letter P-code",
      "place:x;place;town;X;اكس;;;;;;;35.1;;test | lat and lon go together",
      "place:x;place;town;X;اكس;;;;;;;135.1;40;test | lat/lon out of range",
      "place:x;place;town;X;اكس;;;;;;;NaN;40;test | lat/lon out of range: NaN, 40.0",
      "place:x;place;town;X;اكس;;;;;;;35;NaN;test | lat/lon out of range: 35.0, NaN",
      "place:x;place;town;X;اكس;;;place:x;;;;;;test | parent chain loops back to place:x",
      "place:x;place;town;X;اكس;;;;;;;;;test | ok-sentinel",
      "place:x;place;town;X;اكس;;;;;;;;;test~place:x;place;town;Y;واي;;;;;;;;;test | duplicate id place:x",
      "place:X;place;town;X;اكس;;;;;;;;;test | malformed id 'place:X'",
      "actor:x;place;town;X;اكس;;;;;;;;;test | does not start with its type",
      "place:x;planet;town;X;اكس;;;;;;;;;test | unknown type 'planet'",
      "place:x;place;town;X;اكس;;;;;;;north;;test | lat is not a number",
      "place:x;place;town;X;اكس | expected 14 tab-separated columns"
  })
  void malformedRowsAreRefusedWithFileAndLine(String cells, String expected) throws IOException {
    String[] rows = cells.split("~");
    String[] lines = new String[rows.length + 1];
    lines[0] = GOV;
    for (int i = 0; i < rows.length; i++) {
      lines[i + 1] = rows[i].split(";", -1).length == 14 ? row(rows[i]) : rows[i].replace(';', '\t');
    }
    Path file = LexiconTestFiles.write(tmp, "t.tsv", lines);
    if (expected.equals("ok-sentinel")) {
      assertEquals(2, Lexicon.loadOnly(List.of(file)).size());
      return;
    }
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.loadOnly(List.of(file)));
    Problem p = e.problems().get(0);
    assertTrue(p.message().contains(expected), p.toString());
    assertEquals(file.toString(), p.file());
    assertEquals(rows.length + 2, p.line(), p.toString());
  }

  @Test
  void aWrongHeaderIsRefused() throws IOException {
    Path file = java.nio.file.Files.writeString(tmp.resolve("h.tsv"), "id\tname\nplace:x\tX\n");
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.loadOnly(List.of(file)));
    assertTrue(e.problems().get(0).message().startsWith("the header must be"), e.getMessage());
  }

  @Test
  void unrelatedEntitiesSharingNamesAreReportedOncePerGroupWithTheNames() throws IOException {
    Path file = LexiconTestFiles.write(tmp, "a.tsv",
        row("place:al-bab;place;town;Al-Bab;الباب;al Bab;;;;;;;;test"),
        row("place:bab-al-hawa;place;crossing;Bab al-Hawa;باب الهوى;Al Bab;;;;;;;;test"),
        row("outlet:al-bab-news;outlet;website;Al Bab News;أخبار الباب;الباب;;;;;;;;test"));
    Lexicon lexicon = Lexicon.loadOnly(List.of(file));
    List<Problem> problems = LexiconChecker.ambiguities(lexicon, List.of());
    assertEquals(2, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals(Problem.Severity.AMBIGUITY, p.severity());
    assertEquals(file + ":2: ambiguity: place:al-bab (" + file + ":2) and place:bab-al-hawa (" + file + ":3) share the name 'Al-Bab'; "
        + "tell them apart, or accept it in ambiguities.tsv", p.toString());
    assertTrue(problems.get(1).message().startsWith("outlet:al-bab-news (" + file + ":4) and place:al-bab (" + file + ":2) share the name 'الباب'"),
        problems.get(1).message());
  }

  @Test
  void anEntityMayShareNamesWithItsAncestors() throws IOException {
    Path file = LexiconTestFiles.write(tmp, "a.tsv",
        row("place:mayadin-district;place;district;Mayadin;الميادين;Al Mayadin;;;;;;;;test"),
        row("place:al-mayadin-subdistrict;place;subdistrict;Al Mayadin;مركز الميادين;الميادين;;place:mayadin-district;;;;;;test"),
        row("place:al-mayadin;place;town;al-Mayadin;الميادين;Meyadin;;place:al-mayadin-subdistrict;;;;;;test"),
        row("outlet:al-mayadeen;outlet;broadcaster;Al Mayadeen;قناة الميادين;الميادين;;;;;;;;test"));
    Lexicon lexicon = Lexicon.loadOnly(List.of(file));
    List<Problem> problems = LexiconChecker.ambiguities(lexicon, List.of());
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().startsWith("outlet:al-mayadeen (" + file + ":5) and place:mayadin-district ("), problems.get(0).message());
    List<LexiconChecker.AcceptedAmbiguity> accepted = LexiconChecker.readAcceptedAmbiguities(new StringReader(
        "ids\tnames\treason\nplace:mayadin-district, outlet:al-mayadeen\tالميادين\tthe channel is named after the town\n"));
    assertEquals(List.of(), LexiconChecker.ambiguities(lexicon, accepted));
  }

  @Test
  void acceptedAmbiguitiesNeedAReason() {
    assertThrows(IllegalArgumentException.class, () -> LexiconChecker.readAcceptedAmbiguities(
        new StringReader("ids\tnames\treason\nplace:a,place:b\tx\t\n")));
  }
}
