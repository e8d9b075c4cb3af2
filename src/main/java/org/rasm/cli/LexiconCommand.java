package org.rasm.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;
import org.rasm.lexicon.LexiconChecker;
import org.rasm.lexicon.LexiconException;
import org.rasm.lexicon.LexiconFormat;
import org.rasm.lexicon.Problem;
import org.rasm.lexicon.RefusedAliases;
import org.rasm.lexicon.imports.CldrCitiesImporter;
import org.rasm.lexicon.imports.CldrCountriesImporter;
import org.rasm.lexicon.imports.EnglishWordsImporter;
import org.rasm.lexicon.imports.GeoNamesImporter;
import org.rasm.lexicon.imports.OpenSyriaImporter;
import org.rasm.lexicon.imports.PersonNamesImporter;
import org.rasm.lexicon.imports.ImportMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    description = "Import, check and count the lexicons: the places, actors, outlets and countries rasm knows.",
    subcommands = {LexiconCommand.Import.class, LexiconCommand.Check.class, LexiconCommand.Stats.class},
    footer = {
        "",
        "Examples:",
        "  rasm lexicon check",
        "  rasm lexicon check --lexicon my-villages.tsv",
        "  rasm lexicon stats",
        "  rasm lexicon import opensyria data-geography/data --into lexicons/places-admin.tsv",
        "  rasm lexicon import geonames SY.txt --alternate-names alternateNamesV2.txt --into lexicons/places-geonames.tsv",
        "  rasm lexicon import wikidata-names wd_arabic.normalized.aligned.tokens",
        "  rasm lexicon import english-words /usr/share/dict/american-english",
        "  rasm lexicon import cldr-countries --into lexicons/countries.tsv",
        "  rasm lexicon import cldr-cities"
    })
final class LexiconCommand {
  @ParentCommand RasmCommand top;

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {
          "Merge a source into a lexicon file, atomically. Entities already in the file keep their ids (matched by",
          "P-code for opensyria, by GeoNames id for geonames), and the aliases added to them by hand are kept.",
          "Sources:",
          "  opensyria DIR   governorates.json, districts.json, subdistricts.json of Open-Syria/data-geography",
          "  geonames FILE   GeoNames' 19-column country dump (SY.txt), or a cities extract",
          "                  (geonameid, name, admin1_code, admin1_name, name_ar)",
          "  wikidata-names FILE",
          "                  Wikidata's aligned Latin-Arabic tokens of people's names: writes the resolver's",
          "                  table of common words of people's names (replaced, not merged)",
          "  english-words FILE",
          "                  a spell checker's English word list, one word per line (SCOWL, Debian's wamerican):",
          "                  writes the resolver's table of common English words (replaced, not merged)",
          "  cldr-countries  no PATH: the countries' names in CLDR, the locale data ICU4J ships, in the languages of",
          "                  the region's press and each country's own when in Latin or Arabic script, added as",
          "                  aliases (names another entity of the lexicon bears are skipped; unmatched countries",
          "                  are reported)",
          "  cldr-cities     no PATH: the cities time zones are named after, in CLDR: writes the resolver's table",
          "                  of places outside the lexicon (replaced, not merged)"
      })
  static final class Import implements Callable<Integer> {
    @ParentCommand LexiconCommand parent;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin LexiconOptions lexicon = new LexiconOptions();

    @Parameters(index = "0", paramLabel = "SOURCE", description = "opensyria, geonames, wikidata-names, english-words, cldr-countries or cldr-cities")
    String source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH",
        description = "The source's folder (opensyria) or file (geonames, wikidata-names, english-words); none for cldr-countries and cldr-cities.")
    Path path;

    @Option(names = "--alternate-names", paramLabel = "FILE", description = "geonames: the alternateNames file, for Arabic and English names and Wikidata ids.")
    Path alternateNames;

    @Option(names = "--into", paramLabel = "FILE", description = "The file to write (default: lexicons/places-admin.tsv for opensyria, lexicons/places-geonames.tsv for geonames, "
        + PERSON_NAMES + " for wikidata-names, " + ENGLISH_WORDS + " for english-words, lexicons/countries.tsv for cldr-countries, " + OTHER_PLACES + " for cldr-cities).")
    Path into;

    @Option(names = "--min-people", paramLabel = "N", defaultValue = "5",
        description = "wikidata-names: keep the words that at least N people bear (default: ${DEFAULT-VALUE}).")
    int minPeople;

    static final String PERSON_NAMES = "src/main/resources/org/rasm/resolve/person-names.tsv";
    static final String ENGLISH_WORDS = "src/main/resources/org/rasm/resolve/english-words.tsv";
    static final String OTHER_PLACES = "src/main/resources/org/rasm/resolve/other-places.tsv";

    @Override
    public Integer call() throws IOException {
      RasmCommand top = parent.top;
      List<Entity> imported;
      Function<Entity, String> key;
      Path target;
      if (Set.of("cldr-countries", "cldr-cities").contains(source) != (path == null)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), path == null
            ? "missing PATH: the source's folder or file" : source + " takes no PATH: its data ships with ICU4J");
      }
      switch (source) {
        case "opensyria" -> {
          imported = OpenSyriaImporter.read(path);
          key = OpenSyriaImporter::sourceKey;
          target = into != null ? into : Path.of("lexicons/places-admin.tsv");
        }
        case "geonames" -> {
          imported = GeoNamesImporter.read(path, alternateNames, lexicon.load());
          key = GeoNamesImporter::sourceKey;
          target = into != null ? into : Path.of("lexicons/places-geonames.tsv");
        }
        case "wikidata-names" -> {
          return importPersonNames(top);
        }
        case "english-words" -> {
          Path table = into != null ? into : Path.of(ENGLISH_WORDS);
          List<String> words = EnglishWordsImporter.read(path);
          AtomicFiles.write(table, EnglishWordsImporter.format(words, path.getFileName().toString()).getBytes(StandardCharsets.UTF_8));
          top.err.println("rasm: " + table + ": " + words.size() + " common words of English");
          return 0;
        }
        case "cldr-countries" -> {
          return importCldrCountries(top);
        }
        case "cldr-cities" -> {
          Path table = into != null ? into : Path.of(OTHER_PLACES);
          List<CldrCitiesImporter.City> cities = CldrCitiesImporter.read();
          AtomicFiles.write(table, CldrCitiesImporter.format(cities).getBytes(StandardCharsets.UTF_8));
          top.err.println("rasm: " + table + ": " + cities.size() + " names of cities");
          return 0;
        }
        default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "unknown source '" + source + "': expected opensyria, geonames, wikidata-names, english-words, cldr-countries or cldr-cities");
      }
      List<Problem> problems = new ArrayList<>();
      List<Entity> existing = readIfPresent(target, problems);
      Set<String> taken = new HashSet<>();
      for (Path sibling : siblings(target)) {
        readIfPresent(sibling, problems).forEach(e -> taken.add(e.id()));
      }
      if (!problems.isEmpty()) {
        problems.forEach(p -> top.err.println("rasm: error: " + p));
        return 1;
      }
      List<Entity> merged = ImportMerge.merge(existing, imported, key, taken, refusedBeside(target));
      StringWriter out = new StringWriter();
      LexiconFormat.write(merged, out);
      AtomicFiles.write(target, out.toString().getBytes(StandardCharsets.UTF_8));
      int added = merged.size() - existing.size();
      top.err.println("rasm: " + target + ": " + imported.size() + " entities imported from " + source + ", "
          + added + " new, " + (imported.size() - added) + " updated, " + merged.size() + " in the file");
      return 0;
    }

    private int importPersonNames(RasmCommand top) throws IOException {
      if (minPeople < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-people must be at least 1: " + minPeople);
      }
      Path target = into != null ? into : Path.of(PERSON_NAMES);
      List<PersonNamesImporter.Word> words = PersonNamesImporter.read(path, minPeople);
      String table = PersonNamesImporter.format(words, path.getFileName().toString(), minPeople);
      AtomicFiles.write(target, table.getBytes(StandardCharsets.UTF_8));
      top.err.println("rasm: " + target + ": " + words.size() + " words of people's names borne by at least " + minPeople
          + " people");
      return 0;
    }

    private int importCldrCountries(RasmCommand top) throws IOException {
      Path target = into != null ? into : Path.of("lexicons/countries.tsv");
      if (!Files.exists(target)) { // names are added to countries: there is nothing to write without them
        top.err.println("rasm: error: " + target + ": no such file");
        return 1;
      }
      List<Problem> problems = new ArrayList<>();
      List<Entity> existing = readIfPresent(target, problems);
      if (!problems.isEmpty()) {
        problems.forEach(p -> top.err.println("rasm: error: " + p));
        return 1;
      }
      CldrCountriesImporter.Result r = CldrCountriesImporter.merge(existing, lexicon.load());
      StringWriter out = new StringWriter();
      LexiconFormat.write(r.entities(), out);
      AtomicFiles.write(target, out.toString().getBytes(StandardCharsets.UTF_8));
      r.unmatched().forEach((id, why) -> top.err.println("rasm: " + target + ": " + id + " left alone: " + why));
      r.collisions().forEach(c -> top.err.println("rasm: " + target + ": skipped a name another entity bears: " + c));
      top.err.println("rasm: " + target + ": " + r.codes().size() + " countries matched to CLDR, " + r.unmatched().size()
          + " unmatched, " + r.added() + " names added" + byLanguage(r.addedByLanguage()) + ", " + r.collisions().size()
          + " skipped as names of other entities");
      return 0;
    }

    /** " (de 4, ku 31)", the languages in order; nothing when none. */
    private static String byLanguage(Map<String, Integer> counts) {
      StringBuilder sb = new StringBuilder();
      new TreeMap<>(counts).forEach((language, n) -> sb.append(sb.length() == 0 ? " (" : ", ").append(language).append(' ').append(n));
      return sb.length() == 0 ? "" : sb.append(')').toString();
    }

    private static List<Entity> readIfPresent(Path file, List<Problem> problems) throws IOException {
      if (!Files.exists(file)) {
        return List.of();
      }
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return LexiconFormat.read(r, file.toString(), problems).stream().map(LexiconFormat.Row::entity).toList();
      }
    }

    /** The aliases refused in {@value RefusedAliases#FILE} beside {@code target}, if there is one. */
    private static RefusedAliases refusedBeside(Path target) throws IOException {
      Path file = target.toAbsolutePath().resolveSibling(RefusedAliases.FILE);
      return Files.exists(file) ? readRefused(file) : RefusedAliases.none();
    }

    private static List<Path> siblings(Path target) throws IOException {
      Path dir = target.toAbsolutePath().getParent();
      if (!Files.isDirectory(dir)) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(f -> f.toString().endsWith(".tsv") && !f.getFileName().equals(target.getFileName())
            && !Set.of(Lexicon.ACCEPTED_AMBIGUITIES, RefusedAliases.FILE).contains(f.getFileName().toString()))
            .sorted().toList();
      }
    }
  }

  static RefusedAliases readRefused(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return RefusedAliases.read(r);
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {
          "Check lexicon files: duplicate ids, missing fields, unknown parents, malformed Wikidata, GeoNames and",
          "P-code references, names in the wrong script, and names two unrelated entities share after key folding",
          "(ambiguities; accepted ones are listed in lexicons/ambiguities.tsv), and aliases refused in",
          "lexicons/refused-aliases.tsv. Without FILE, the bundled lexicons and the --lexicon files. Exit 1 on",
          "errors and on ambiguities that are not accepted."
      })
  static final class Check implements Callable<Integer> {
    @ParentCommand LexiconCommand parent;
    @Mixin LexiconOptions lexicon = new LexiconOptions();

    @Parameters(paramLabel = "FILE", description = "Lexicon files to check on their own.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--accepted", paramLabel = "FILE", description = "Accepted ambiguities (default: the bundled lexicons/ambiguities.tsv).")
    Path accepted;

    @Option(names = "--refused", paramLabel = "FILE",
        description = "Refused aliases, which no entity may bear (default: the bundled lexicons/refused-aliases.tsv).")
    Path refused;

    @Override
    public Integer call() throws IOException {
      RasmCommand top = parent.top;
      List<Problem> problems;
      int entities;
      try {
        Lexicon lex = files.isEmpty() ? lexicon.load() : Lexicon.loadOnly(files);
        entities = lex.size();
        List<LexiconChecker.AcceptedAmbiguity> ok;
        if (accepted != null) {
          try (Reader r = Files.newBufferedReader(accepted, StandardCharsets.UTF_8)) {
            ok = LexiconChecker.readAcceptedAmbiguities(r);
          }
        } else {
          ok = LexiconChecker.defaultAcceptedAmbiguities();
        }
        problems = new ArrayList<>(LexiconChecker.check(lex, ok));
        problems.addAll(LexiconChecker.refusedAliases(lex, refused == null ? RefusedAliases.bundled() : readRefused(refused)));
      } catch (LexiconException e) {
        problems = e.problems();
        entities = 0;
      }
      for (Problem p : problems) {
        top.out.println(p);
      }
      top.out.flush();
      top.err.println("rasm: " + entities + " entities, " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
      return problems.isEmpty() ? 0 : 1;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Count the entities by type, subtype and script of their names, and how many have each cross-reference.")
  static final class Stats implements Callable<Integer> {
    @ParentCommand LexiconCommand parent;
    @Mixin LexiconOptions lexicon = new LexiconOptions();

    @Override
    public Integer call() {
      RasmCommand top = parent.top;
      Lexicon lex = lexicon.load();
      Map<String, Integer> counts = new TreeMap<>();
      for (Entity e : lex.entities()) {
        String t = e.type().id();
        counts.merge("type\t" + t, 1, Integer::sum);
        counts.merge("subtype\t" + t + "/" + e.subtype(), 1, Integer::sum);
        counts.merge("names\t" + t + "\tarabic", (int) e.names().stream().filter(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)).count(), Integer::sum);
        counts.merge("names\t" + t + "\tlatin", (int) e.names().stream().filter(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)).count(), Integer::sum);
        for (Map.Entry<String, String> x : Map.of("wikidata", e.wikidata(), "geonames", e.geonames(), "pcode", e.pcode(), "parent", e.parent()).entrySet()) {
          if (!x.getValue().isEmpty()) {
            counts.merge("with\t" + t + "\t" + x.getKey(), 1, Integer::sum);
          }
        }
        if (e.lat() != null) {
          counts.merge("with\t" + t + "\tcoordinates", 1, Integer::sum);
        }
      }
      top.out.println("entities\t" + lex.size());
      counts.forEach((k, v) -> top.out.println(k + "\t" + v));
      top.out.flush();
      return 0;
    }
  }
}
