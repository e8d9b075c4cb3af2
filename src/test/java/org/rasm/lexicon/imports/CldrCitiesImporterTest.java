package org.rasm.lexicon.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CldrCitiesImporterTest {
  @Test
  void readsTheCitiesInEveryLanguage() {
    List<CldrCitiesImporter.City> cities = CldrCitiesImporter.read();
    assertTrue(cities.contains(new CldrCitiesImporter.City("Dublin", "en", "Europe/Dublin")), "Dublin");
    assertTrue(cities.contains(new CldrCitiesImporter.City("بغداد", "ar", "Asia/Baghdad")), "بغداد");
    assertTrue(cities.contains(new CldrCitiesImporter.City("Bagdad", "fr", "Asia/Baghdad")), "Bagdad");
    for (String language : CldrCitiesImporter.LANGUAGES) {
      assertTrue(cities.stream().filter(c -> c.language().equals(language)).count() > 300, language);
    }
  }

  /** The table the resolver bundles is what the importer writes from the ICU4J this project builds with. */
  @Test
  void theBundledTableIsUpToDate() throws IOException {
    try (InputStream in = org.rasm.resolve.Resolver.class.getResourceAsStream("other-places.tsv")) {
      String bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(CldrCitiesImporter.format(CldrCitiesImporter.read()), bundled,
          "regenerate with: rasm lexicon import cldr-cities");
    }
  }
}
