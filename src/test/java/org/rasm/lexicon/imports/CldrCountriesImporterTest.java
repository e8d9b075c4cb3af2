package org.rasm.lexicon.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;
import org.rasm.lexicon.LexiconFormat;

/** The CLDR importer on a few countries written here, in a lexicon where a village is named like Syria in Spanish. */
class CldrCountriesImporterTest {
  @TempDir Path tmp;

  private static Entity country(String slug, String en, String ar, List<String> aliases) {
    return new Entity("country:" + slug, EntityType.COUNTRY, "country", en, ar, aliases, List.of(), "", "", "", "", null, null, "curated");
  }

  private static final List<Entity> COUNTRIES = List.of(
      country("syria", "Syria", "سوريا", List.of("Syrie", "Sham land")),
      country("czechia", "Czech Republic", "", List.of()), // CLDR's English variant name, not its standard one
      country("united-kingdom", "United Kingdom", "المملكة المتحدة", List.of()),
      country("armenia", "Armenia", "أرمينيا", List.of()),
      country("azerbaijan", "Azerbaijan", "أذربيجان", List.of()),
      country("atlantis", "Atlantis", "", List.of("Poseidonis")),
      new Entity("actor:x", EntityType.ACTOR, "armed-group", "Siria Brigade", "", List.of(), List.of(), "", "", "", "", null, null, "curated"));

  private Lexicon context() throws IOException {
    String rows = String.join("\t", LexiconFormat.COLUMNS) + "\n"
        + "place:suri\tplace\tvillage\tSuri\t\t\t\t\t\t\t\t\t\tcurated\n";
    return Lexicon.loadOnly(List.of(Files.writeString(tmp.resolve("places.tsv"), rows, StandardCharsets.UTF_8)));
  }

  private static Map<String, Entity> byId(List<Entity> entities) {
    return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }

  @Test
  void countriesGetTheirNamesInTheRegionsLanguagesAfterTheirOwnAliases() throws IOException {
    CldrCountriesImporter.Result r = CldrCountriesImporter.merge(COUNTRIES, context());
    Map<String, Entity> out = byId(r.entities());
    List<String> syria = out.get("country:syria").aliases();
    assertEquals(List.of("Syrie", "Sham land"), syria.subList(0, 2), syria.toString());
    assertTrue(syria.containsAll(List.of("Syrien", "Suriye")), syria.toString());
    // Urdu شام would read as the Levant in Arabic text
    assertFalse(syria.contains("شام"), syria.toString());
    // French Syrie is there already, and Dutch Syrië is Syrie after search folding
    assertEquals(1, syria.stream().filter(a -> a.equals("Syrie")).count(), syria.toString());
    assertFalse(syria.contains("Syrië"), syria.toString());
    assertEquals(Map.of("country:syria", "SY", "country:czechia", "CZ", "country:united-kingdom", "GB",
        "country:armenia", "AM", "country:azerbaijan", "AZ"), r.codes());
    assertTrue(out.get("country:czechia").aliases().containsAll(List.of("Tschechien", "Česko")), out.get("country:czechia").toString());
    assertEquals(r.added(), r.addedByLanguage().values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(r.addedByLanguage().keySet().containsAll(List.of("de", "tr", "ku")), r.addedByLanguage().toString());
    // Dutch, Spanish and Sorani are not languages of this press
    assertFalse(syria.contains("Syrië") || syria.contains("سووریا"), syria.toString());
  }

  @Test
  void endonymsOnlyInLatinOrArabicScriptAndNoAbbreviations() throws IOException {
    Map<String, Entity> out = byId(CldrCountriesImporter.merge(COUNTRIES, context()).entities());
    assertTrue(out.get("country:azerbaijan").aliases().contains("Azərbaycan"), out.get("country:azerbaijan").toString());
    List<String> armenia = out.get("country:armenia").aliases();
    assertTrue(armenia.contains("Ermenistan"), armenia.toString());
    assertTrue(armenia.stream().noneMatch(a -> a.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARMENIAN)), armenia.toString());
    List<String> uk = out.get("country:united-kingdom").aliases();
    assertTrue(uk.contains("Vereinigtes Königreich"), uk.toString());
    // the Dutch and French short names: VK, R.-U. (RU is Russia's code)
    assertFalse(uk.contains("VK") || uk.contains("R.-U.") || uk.contains("RU") || uk.contains("UK"), uk.toString());
  }

  @Test
  void aNameAnotherEntityBearsIsSkippedAndTheUnmatchedAreReported() throws IOException {
    CldrCountriesImporter.Result r = CldrCountriesImporter.merge(COUNTRIES, context());
    Map<String, Entity> out = byId(r.entities());
    List<String> syria = out.get("country:syria").aliases();
    // Kurdish Sûrî: the village's name after folding
    assertFalse(syria.contains("Sûrî"), syria.toString());
    assertEquals(List.of("country:syria: Sûrî (place:suri)"), r.collisions());
    assertEquals(java.util.Set.of("country:atlantis"), r.unmatched().keySet(), r.unmatched().toString());
    assertEquals(COUNTRIES.get(5), out.get("country:atlantis"));
    assertEquals(COUNTRIES.get(6), out.get("actor:x"));
    assertEquals(COUNTRIES.stream().map(Entity::id).toList(), r.entities().stream().map(Entity::id).toList());
  }

  @Test
  void importingAgainAddsNothing() throws IOException {
    CldrCountriesImporter.Result first = CldrCountriesImporter.merge(COUNTRIES, context());
    CldrCountriesImporter.Result again = CldrCountriesImporter.merge(first.entities(), context());
    assertEquals(first.entities(), again.entities());
    assertEquals(0, again.added());
  }
}
