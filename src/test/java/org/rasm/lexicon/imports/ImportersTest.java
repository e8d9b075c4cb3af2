package org.rasm.lexicon.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;
import org.rasm.lexicon.LexiconFormat;
import org.rasm.lexicon.RefusedAliases;

/** The importers on small files we wrote in their sources' formats (testdata/lexicon). */
class ImportersTest {
  static final Path OPENSYRIA = Path.of("testdata/lexicon/opensyria");
  static final Path GEONAMES = Path.of("testdata/lexicon/geonames");
  @TempDir Path tmp;

  private static Map<String, Entity> byId(List<Entity> entities) {
    return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }

  @Test
  void openSyriaUnitsGetReadableIdsParentsAndEveryAlias() throws IOException {
    Map<String, Entity> units = byId(OpenSyriaImporter.read(OPENSYRIA));
    assertEquals(9, units.size());
    Entity gov = units.get("place:deir-ez-zor-governorate");
    assertEquals("SY09", gov.pcode());
    assertEquals("Q232387", gov.wikidata());
    assertEquals(List.of("Deir ez-Zor Governorate", "محافظة دير الزور", "Dayr az Zawr"), gov.aliases());
    assertEquals(35.16667, gov.lat());
    Entity sub = units.get("place:al-mayadin-subdistrict");
    assertEquals("place:mayadin-district", sub.parent());
    assertEquals("place:deir-ez-zor-governorate", units.get("place:mayadin-district").parent());
    // a subdistrict name two districts share is qualified by the district
    assertTrue(units.containsKey("place:abu-kamal-suran-subdistrict"), units.keySet().toString());
    assertTrue(units.containsKey("place:tabqa-suran-subdistrict"), units.keySet().toString());
  }

  @Test
  void reimportingKeepsPublishedIdsAndHandAddedAliases() throws IOException {
    List<Entity> first = ImportMerge.merge(List.of(), OpenSyriaImporter.read(OPENSYRIA), OpenSyriaImporter::sourceKey, java.util.Set.of(), RefusedAliases.none());
    // a maintainer renamed one id before publishing and added an alias by hand
    List<Entity> edited = first.stream().map(e -> e.id().equals("place:mayadin-district")
        ? e.withId("place:al-mayadin-district").withAliases(List.of("Mayadeen District"))
        : e.parent().equals("place:mayadin-district") ? e.withParent("place:al-mayadin-district") : e).toList();
    List<Entity> again = ImportMerge.merge(edited, OpenSyriaImporter.read(OPENSYRIA), OpenSyriaImporter::sourceKey, java.util.Set.of(), RefusedAliases.none());
    assertEquals(edited.stream().map(Entity::id).toList(), again.stream().map(Entity::id).toList());
    Map<String, Entity> byId = byId(again);
    assertTrue(byId.get("place:al-mayadin-district").aliases().contains("Mayadeen District"));
    assertEquals("place:al-mayadin-district", byId.get("place:al-mayadin-subdistrict").parent());
  }

  @Test
  void aRefusedAliasStaysOutWhenTheSourceIsImportedAgain() throws IOException {
    RefusedAliases refused = RefusedAliases.read(new java.io.StringReader(
        "id\talias\treason\nplace:deir-ez-zor-governorate\tDayr az Zawr\ta test\n"));
    List<Entity> first = ImportMerge.merge(List.of(), OpenSyriaImporter.read(OPENSYRIA), OpenSyriaImporter::sourceKey, java.util.Set.of(), refused);
    List<Entity> again = ImportMerge.merge(first, OpenSyriaImporter.read(OPENSYRIA), OpenSyriaImporter::sourceKey, java.util.Set.of(), refused);
    assertEquals(List.of("Deir ez-Zor Governorate", "محافظة دير الزور"), byId(again).get("place:deir-ez-zor-governorate").aliases());
    assertTrue(byId(again).get("place:mayadin-district").aliases().size() > 0);
  }

  @Test
  void aRefusalWithoutAReasonIsAnErrorThatNamesItsLine() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> RefusedAliases.read(new java.io.StringReader("id\talias\treason\n\nplace:x\tX\t\n")));
    assertEquals("refused-aliases.tsv:3: expected an id, an alias and a reason", e.getMessage());
  }

  @Test
  void twoPlacesOfOneNameAreBothKept() {
    Entity a = new Entity("place:tall-abyad", org.rasm.lexicon.EntityType.PLACE, "village", "Tall Abyad", "", List.of("A"), List.of(), "", "", "1", "", null, null, "geonames");
    Entity b = new Entity("place:tall-abyad", org.rasm.lexicon.EntityType.PLACE, "village", "Tall Abyad", "", List.of("B"), List.of(), "", "", "2", "", null, null, "geonames");
    List<Entity> merged = ImportMerge.merge(List.of(), List.of(a, b), GeoNamesImporter::sourceKey, java.util.Set.of(), RefusedAliases.none());
    assertEquals(List.of("place:tall-abyad", "place:tall-abyad-2"), merged.stream().map(Entity::id).toList());
    assertEquals(List.of("A"), merged.get(0).aliases());
    assertEquals("2", merged.get(1).geonames());
  }

  @Test
  void aShortRowOfACitiesExtractIsAnError() throws IOException {
    Path bad = Files.writeString(tmp.resolve("c.tsv"), "geonameid\tname\tadmin1_code\tadmin1_name\tname_ar\n1\tX\n");
    org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> GeoNamesImporter.read(bad, null, miniAdmin()));
  }

  @Test
  void newEntitiesDoNotTakeAnIdUsedElsewhere() {
    Entity e = new Entity("place:hajin", org.rasm.lexicon.EntityType.PLACE, "town", "Hajin", "هجين", List.of(), List.of(), "", "", "1", "", null, null, "geonames");
    List<Entity> merged = ImportMerge.merge(List.of(), List.of(e), GeoNamesImporter::sourceKey, java.util.Set.of("place:hajin"), RefusedAliases.none());
    assertEquals("place:hajin-2", merged.get(0).id());
  }

  private Lexicon miniAdmin() throws IOException {
    StringWriter out = new StringWriter();
    LexiconFormat.write(OpenSyriaImporter.read(OPENSYRIA), out);
    Path admin = Files.writeString(tmp.resolve("admin.tsv"), out.toString(), StandardCharsets.UTF_8);
    return Lexicon.loadOnly(List.of(admin));
  }

  @Test
  void geoNamesDumpRowsBecomePlacesUnderTheUnitNamedLikeThem() throws IOException {
    Map<String, Entity> places = byId(GeoNamesImporter.read(GEONAMES.resolve("SY.txt"), GEONAMES.resolve("alternateNames.txt"), miniAdmin()));
    assertEquals(3, places.size(), places.keySet().toString()); // no ADM rows, no historical place, no mountain
    Entity mayadin = places.get("place:al-mayadin");
    assertEquals("al-Mayadin", mayadin.nameEn());
    assertEquals("الميادين", mayadin.nameAr());
    assertEquals("Q1011355", mayadin.wikidata());
    assertEquals("173482", mayadin.geonames());
    assertEquals("town", mayadin.subtype());
    assertEquals("place:al-mayadin-subdistrict", mayadin.parent());
    Entity buleil = places.get("place:al-bulayl");
    assertEquals("place:mayadin-district", buleil.parent()); // through the ADM2 row's GeoNames id
    assertEquals("البوليل", buleil.nameAr());
    assertTrue(buleil.aliases().containsAll(List.of("Buleil", "Boleel")), buleil.aliases().toString());
    assertTrue(buleil.aliases().stream().noneMatch(a -> a.contains("القديمة") || a.startsWith("https")), buleil.aliases().toString());
    assertEquals("city", places.get("place:deir-ez-zor").subtype());
    assertEquals("place:deir-ez-zor-governorate", places.get("place:deir-ez-zor").parent());
  }

  @Test
  void aCitiesExtractIsReadToo() throws IOException {
    Map<String, Entity> cities = byId(GeoNamesImporter.read(GEONAMES.resolve("cities.tsv"), null, miniAdmin()));
    assertEquals("Al Mayadin", cities.get("place:al-mayadin").nameEn());
    assertEquals("place:al-mayadin-subdistrict", cities.get("place:al-mayadin").parent());
    Entity deir = cities.get("place:deir-ez-zor");
    assertEquals("", deir.nameAr()); // the extract had a Latin name in its Arabic column
    assertTrue(deir.aliases().contains("Dayr az Zawr"));
  }

  @Test
  void englishWordsKeepLowerCaseWordsOnceInOrder() throws IOException {
    Path list = tmp.resolve("american-english");
    Files.writeString(list, "Damascus\nhomes\nhome's\nan\nzebra\nhomes\ncafé\nAhmed\nsafety\n");
    List<String> words = EnglishWordsImporter.read(list);
    // names (with a capital), possessives, accents and words of two letters are left out
    assertEquals(List.of("homes", "safety", "zebra"), words);
    String table = EnglishWordsImporter.format(words, "american-english");
    assertTrue(table.startsWith("#"), table);
    assertTrue(table.endsWith("word\nhomes\nsafety\nzebra\n"), table);
  }
}
