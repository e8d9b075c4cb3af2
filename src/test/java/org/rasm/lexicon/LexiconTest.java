package org.rasm.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasm.lexicon.LexiconTestFiles.row;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  @TempDir Path tmp;

  @Test
  void userFilesAddEntitiesAndReplaceThoseWithTheSameId() throws IOException {
    String someId = Lexicon.defaults().entities().get(0).id();
    Path mine = LexiconTestFiles.write(tmp, "mine.tsv",
        row(someId + ";place;governorate;Renamed;مسمى;;;;;;;;;mine"),
        row("place:my-village;place;village;My Village;قريتي;;;" + someId + ";;;;;;mine"));
    Lexicon lexicon = Lexicon.load(List.of(mine));
    assertEquals(Lexicon.defaults().size() + 1, lexicon.size());
    assertEquals("Renamed", lexicon.get(someId).orElseThrow().nameEn());
    assertEquals(mine + ":3", lexicon.origin("place:my-village").orElseThrow());
  }

  @Test
  void aBrokenUserFileIsRefusedWhole() throws IOException {
    Path good = LexiconTestFiles.write(tmp, "good.tsv", row("place:fine;place;village;Fine;فاين;;;;;;;;;mine"));
    Path bad = LexiconTestFiles.write(tmp, "bad.tsv",
        row("place:ok;place;village;Ok;اوكي;;;;;;;;;mine"),
        row("place:orphan;place;village;Orphan;يتيم;;;place:missing;;;;;;mine"));
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(List.of(good, bad)));
    assertEquals(1, e.problems().size());
    assertEquals(bad + ":3: error: unknown parent 'place:missing'", e.problems().get(0).toString());
    assertThrows(LexiconException.class, () -> Lexicon.load(List.of(tmp.resolve("absent.tsv"))));
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNamingTheLine() throws IOException {
    // found by LexiconFuzzTest: the reader's "cannot read: Input length = 1" named neither the line nor the cause
    Path latin1 = tmp.resolve("latin1.tsv");
    byte[] good = (LexiconTestFiles.HEADER + "\r\n" + row("place:fine;place;village;Fine;فاين;;;;;;;;;mine") + "\r\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String cafe = row("place:cafe;place;village;Caf\u00e9;;;;;;;;;;mine");
    byte[] bad = cafe.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    java.nio.file.Files.write(latin1, concat(good, bad));
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.loadOnly(List.of(latin1)));
    int at = good.length + cafe.indexOf('\u00e9');
    assertEquals(latin1 + ":3: error: not UTF-8: invalid byte sequence at byte " + at, e.problems().get(0).toString());
    assertEquals(1, e.problems().size());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void rowsSurviveAWriteAndARead() throws IOException {
    List<Entity> entities = Lexicon.defaults().entities().subList(0, 50);
    StringWriter out = new StringWriter();
    LexiconFormat.write(entities, out);
    List<Problem> problems = new ArrayList<>();
    List<LexiconFormat.Row> rows = LexiconFormat.read(new StringReader(out.toString()), "x", problems);
    assertEquals(List.of(), problems);
    assertEquals(entities, rows.stream().map(LexiconFormat.Row::entity).toList());
  }

  @Test
  void aLaterUserFileMayReplaceAnEarlierOnesEntity() throws IOException {
    Path a = LexiconTestFiles.write(tmp, "a.tsv", row("place:x;place;village;X;اكس;;;;;;;;;me"));
    Path b = LexiconTestFiles.write(tmp, "b.tsv", row("place:x;place;village;Ex;اكس;;;;;;;;;me"));
    assertEquals("Ex", Lexicon.loadOnly(List.of(a, b)).get("place:x").orElseThrow().nameEn());
  }

  @Test
  void listItemsMayNotHoldTheSeparator() {
    Entity e = new Entity("place:x", EntityType.PLACE, "town", "X", "اكس", List.of("a|b"), List.of(), "", "", "", "", null, null, "t");
    assertThrows(IllegalArgumentException.class, () -> LexiconFormat.write(List.of(e), new StringWriter()));
  }

  @Test
  void namesListsTheCanonicalNamesThenAliases() {
    Entity e = new Entity("place:x", EntityType.PLACE, "town", "X", "اكس", List.of("X", "Ex"), List.of(), "", "", "", "", null, null, "t");
    assertEquals(List.of("X", "اكس", "Ex"), e.names());
    assertTrue(e.withAliases(List.of("Ex", "Eks", "X")).aliases().containsAll(List.of("X", "Ex", "Eks")));
  }
}
