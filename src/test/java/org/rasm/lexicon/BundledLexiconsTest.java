package org.rasm.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/** The default lexicons: complete, clean, and with the content the project promises. */
class BundledLexiconsTest {
  private final Lexicon lexicon = Lexicon.defaults();

  @Test
  void everyFileInLexiconsIsBundled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("lexicons"))) {
      Set<String> tsv = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
          .filter(n -> !Set.of(Lexicon.ACCEPTED_AMBIGUITIES, RefusedAliases.FILE).contains(n)).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(tsv, new TreeSet<>(Lexicon.DEFAULT_FILES));
    }
  }

  @Test
  void theyPassTheirOwnCheck() {
    assertEquals(List.of(), LexiconChecker.check(lexicon, LexiconChecker.defaultAcceptedAmbiguities()));
  }

  @Test
  void noEntityBearsAnAliasItsMaintainersRefused() {
    RefusedAliases refused = RefusedAliases.bundled();
    assertTrue(refused.refusals().size() >= 2);
    refused.refusals().forEach(r -> assertTrue(lexicon.get(r.id()).isPresent(), "no entity " + r.id()));
    assertEquals(List.of(), LexiconChecker.refusedAliases(lexicon, refused));
  }

  @Test
  void theyHoldWhatTheProjectPromises() {
    Map<String, Long> bySubtype = lexicon.entities().stream().collect(Collectors.groupingBy(Entity::subtype, Collectors.counting()));
    assertEquals(14, bySubtype.get("governorate"));
    assertEquals(62, bySubtype.get("district"));
    assertEquals(272, bySubtype.get("subdistrict"));
    assertTrue(bySubtype.get("city") >= 75);
    long curatedPlaces = lexicon.entities().stream().filter(e -> e.type() == EntityType.PLACE && e.source().equals("curated")).count();
    assertTrue(curatedPlaces >= 300, "curated places: " + curatedPlaces);
    Map<EntityType, Long> byType = lexicon.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting()));
    assertTrue(byType.get(EntityType.ACTOR) >= 60);
    assertTrue(byType.get(EntityType.OUTLET) >= 60);
    assertTrue(byType.get(EntityType.COUNTRY) >= 30);
    assertTrue(lexicon.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).allMatch(e -> !e.demonyms().isEmpty()));
  }

  /** The places, actors and outlets of the seed report in shared/seed (its names written here, not read from there). */
  @Test
  void theSeedReportsNamesAreKnown() {
    TextFolder key = TextFolder.of(FoldProfile.KEY);
    Map<String, Set<EntityType>> known = new HashMap<>();
    for (Entity e : lexicon.entities()) {
      for (String n : e.names()) {
        known.computeIfAbsent(key.fold(n).text(), k -> new java.util.HashSet<>()).add(e.type());
      }
    }
    List<String> places = List.of("al-Bokamal", "Deir Ezzor", "al-Mayadin", "al-Boleel", "Ayyash", "al-Bogeleyyah",
        "Muhaymida", "al-Quriyah", "Damascus", "Homs", "Euphrates River", "Deir Ezzor Desert", "T2", "البوكمال", "دير الزور");
    for (String p : places) {
      assertTrue(known.getOrDefault(key.fold(p).text(), Set.of()).contains(EntityType.PLACE), p);
    }
    for (String a : List.of("International Coalition", "Islamic State", "Syria Democratic Forces", "regime forces")) {
      assertTrue(known.getOrDefault(key.fold(a).text(), Set.of()).contains(EntityType.ACTOR), a);
    }
    for (String o : List.of("The Syrian Observatory For Human Rights", "المرصد السوري لحقوق الانسان", "Syrian Observatory")) {
      assertTrue(known.getOrDefault(key.fold(o).text(), Set.of()).contains(EntityType.OUTLET), o);
    }
  }
}
