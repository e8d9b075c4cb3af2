package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasm.lexicon.LexiconFormat;

class LexiconCliTest {
  @TempDir Path tmp;

  private Path lexicon(String name, String... rows) throws IOException {
    StringBuilder sb = new StringBuilder(String.join("\t", LexiconFormat.COLUMNS)).append('\n');
    for (String r : rows) {
      sb.append(r.replace(';', '\t')).append('\n');
    }
    return Files.writeString(tmp.resolve(name), sb.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void theBundledLexiconsPassTheirCheck() {
    CliTest.Result r = CliTest.rasm("", "lexicon", "check");
    assertEquals("", r.out());
    assertEquals(0, r.code(), r.out() + r.err());
  }

  @Test
  void checkNamesFileAndLineAndExitsWithOne() throws IOException {
    Path bad = lexicon("bad.tsv", "place:a;place;village;A;أ;;;place:zzz;;;;;;me", "place:b;place;village;B;ب;;;;Q0;;;;;me");
    CliTest.Result r = CliTest.rasm("", "lexicon", "check", bad.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains(bad + ":2: error: unknown parent 'place:zzz'"), r.out());
    assertTrue(r.out().contains(bad + ":3: error: malformed wikidata 'Q0'"), r.out());
  }

  @Test
  void checkReportsAnAliasTheMaintainersRefused() throws IOException {
    Path file = lexicon("mine.tsv", "place:a;place;village;A;أ;Hayalin|A village;;;;;;;;me");
    Path refused = tmp.resolve("refused-aliases.tsv");
    Files.writeString(refused, "id\talias\treason\nplace:a\tHayalin\ta village of its own\n", StandardCharsets.UTF_8);
    CliTest.Result r = CliTest.rasm("", "lexicon", "check", "--refused", refused.toString(), file.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains(file + ":2: error: alias 'Hayalin' of place:a is refused in refused-aliases.tsv"), r.out());
  }

  @Test
  void everyCommandRefusesABrokenUserLexicon() throws IOException {
    Path bad = lexicon("bad.tsv", "place:a;place;village;A");
    for (List<String> args : List.of(List.of("detect"), List.of("normalize"), List.of("lexicon", "stats"))) {
      String[] argv = new java.util.ArrayList<String>(args) {{ add("--lexicon"); add(bad.toString()); }}.toArray(new String[0]);
      CliTest.Result r = CliTest.rasm("x", argv);
      assertEquals(1, r.code(), args + r.err());
      assertTrue(r.err().contains(bad + ":2: error: expected 14 tab-separated columns"), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void statsCountsByTypeSubtypeAndCrossReference() throws IOException {
    Path mine = lexicon("mine.tsv", "place:my-village;place;village;My Village;قريتي;;;;Q42;;;;;me");
    CliTest.Result r = CliTest.rasm("", "lexicon", "stats", "--lexicon", mine.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("subtype\tplace/village\t"), r.out());
    assertTrue(r.out().contains("type\tactor\t"), r.out());
    assertTrue(r.out().contains("with\tplace\twikidata\t"), r.out());
  }

  @Test
  void importMergesIntoTheFileAndKeepsIds() throws IOException {
    Path target = tmp.resolve("lexicons/places-admin.tsv");
    CliTest.Result first = CliTest.rasm("", "lexicon", "import", "opensyria", "testdata/lexicon/opensyria", "--into", target.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.err().contains("9 entities imported from opensyria, 9 new"), first.err());
    String written = Files.readString(target);
    Files.writeString(target, written.replace("place:mayadin-district", "place:al-mayadin-district"));
    CliTest.Result again = CliTest.rasm("", "lexicon", "import", "opensyria", "testdata/lexicon/opensyria", "--into", target.toString());
    assertTrue(again.err().contains("0 new, 9 updated"), again.err());
    assertTrue(Files.readString(target).contains("place:al-mayadin-district"));
    assertEquals(2, CliTest.rasm("", "lexicon", "import", "wikipedia", "x").code());
  }

  @Test
  void importOfPeoplesNamesSumsEachWordAndKeepsTheCommonOnes() throws IOException {
    Path tokens = Files.writeString(tmp.resolve("tokens"),
        "Hassan\tح س ن\t4\nhasan\tح س ن\t3\nharry\tه ا ر ي\t9\nkosgei\tك و س غ ي\t1\n", StandardCharsets.UTF_8);
    Path target = tmp.resolve("person-names.tsv");
    CliTest.Result r = CliTest.rasm("", "lexicon", "import", "wikidata-names", tokens.toString(), "--into", target.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("3 words of people's names borne by at least 5 people"), r.err());
    List<String> rows = Files.readAllLines(target).stream().filter(l -> !l.startsWith("#")).toList();
    // Hassan and hasan are two Latin words but one Arabic one; kosgei is too rare
    assertEquals(List.of("word\tpeople", "harry\t9", "هاري\t9", "حسن\t7"), rows);
    assertEquals(2, CliTest.rasm("", "lexicon", "import", "wikidata-names", tokens.toString(), "--min-people", "0",
        "--into", target.toString()).code());
    Path broken = Files.writeString(tmp.resolve("broken"), "harry\tه ا ر ي\n", StandardCharsets.UTF_8);
    CliTest.Result bad = CliTest.rasm("", "lexicon", "import", "wikidata-names", broken.toString(), "--into", target.toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains(broken + ":1: expected LATIN<tab>ARABIC LETTERS<tab>COUNT"), bad.err());
  }

  @Test
  void importOfCldrCountryNamesAddsAliasesAndReportsTheUnmatched() throws IOException {
    Path target = lexicon("countries.tsv",
        "country:syria;country;country;Syria;سوريا;Syrie;Syrian;;;;;;;curated",
        "country:atlantis;country;country;Atlantis;;;;;;;;;;curated");
    Path places = lexicon("places.tsv", "place:suri;place;village;Suri;;;;;;;;;;curated");
    CliTest.Result r = CliTest.rasm("", "lexicon", "import", "cldr-countries", "--into", target.toString(), "--lexicon", places.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("1 countries matched to CLDR, 1 unmatched"), r.err());
    assertTrue(r.err().contains("country:atlantis left alone: no CLDR region is named like it"), r.err());
    assertTrue(r.err().contains("skipped a name another entity bears: country:syria: Sûrî (place:suri)"), r.err());
    String syria = Files.readAllLines(target).get(1);
    assertTrue(syria.startsWith("country:syria\tcountry\tcountry\tSyria\tسوريا\tSyrie|"), syria);
    assertTrue(syria.contains("|Syrien|") && syria.contains("|Suriye") && !syria.contains("Sûrî"), syria);
    assertTrue(syria.endsWith("\tSyrian\t\t\t\t\t\t\tcurated"), syria);
    assertEquals(2, CliTest.rasm("", "lexicon", "import", "cldr-countries", "x", "--into", target.toString()).code());
    assertEquals(2, CliTest.rasm("", "lexicon", "import", "opensyria", "--into", target.toString()).code());
    CliTest.Result missing = CliTest.rasm("", "lexicon", "import", "cldr-countries", "--into", tmp.resolve("none.tsv").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("none.tsv: no such file"), missing.err());
  }

  @Test
  void importOfCldrCitiesWritesTheTableOfPlacesOutsideTheLexicon() throws IOException {
    Path target = tmp.resolve("other-places.tsv");
    CliTest.Result r = CliTest.rasm("", "lexicon", "import", "cldr-cities", "--into", target.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().matches("(?s)rasm: .*other-places.tsv: \\d+ names of cities\\s*"), r.err());
    List<String> lines = Files.readAllLines(target);
    assertTrue(lines.contains("Dublin\ten\tEurope/Dublin"), lines.subList(0, 5).toString());
    assertEquals(2, CliTest.rasm("", "lexicon", "import", "cldr-cities", "x", "--into", target.toString()).code());
    assertEquals(2, CliTest.rasm("", "lexicon", "import", "cldr-towns", "--into", target.toString()).code());
  }
}
