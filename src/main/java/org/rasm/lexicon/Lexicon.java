package org.rasm.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities rasm knows: the default lexicons bundled in the jar, plus any user files, which add entities or
 * replace those with the same id.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.defaults();
 * lexicon.get("actor:sdf").map(Entity::nameAr);            // Optional[قوات سوريا الديمقراطية]
 * Lexicon mine = Lexicon.load(List.of(Path.of("villages.tsv")));   // defaults + mine
 * }</pre>
 *
 * Immutable and thread-safe. A lexicon with errors is refused whole ({@link LexiconException}); ambiguities are not
 * errors (see {@link LexiconChecker}).
 */
public final class Lexicon {
  /** The default lexicon files, bundled under {@code /lexicons/} in the jar and kept in {@code lexicons/} in the sources. */
  public static final List<String> DEFAULT_FILES = List.of(
      "places-admin.tsv", "places-cities.tsv", "places-localities.tsv", "places-sites.tsv", "actors.tsv", "outlets.tsv", "countries.tsv");
  /** Ambiguities the maintainers accepted, beside the default lexicon files. */
  public static final String ACCEPTED_AMBIGUITIES = "ambiguities.tsv";

  private final Map<String, LexiconFormat.Row> rows;
  private final List<Entity> entities;

  private Lexicon(Map<String, LexiconFormat.Row> rows) {
    this.rows = Collections.unmodifiableMap(rows);
    List<Entity> list = new ArrayList<>(rows.size());
    rows.values().forEach(r -> list.add(r.entity()));
    this.entities = List.copyOf(list);
  }

  /** The bundled default lexicons, loaded once per process. */
  public static Lexicon defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final Lexicon INSTANCE = readBundled();
  }

  /** Reads the bundled default lexicons again, without the per-process cache of {@link #defaults()}. */
  public static Lexicon readBundled() {
    return build(List.of(), readDefaults(), true);
  }

  /**
   * The defaults plus {@code files}, in order: a later row replaces an earlier one with the same id.
   *
   * @throws LexiconException if any file cannot be read or has errors; nothing is loaded then
   */
  public static Lexicon load(Collection<Path> files) {
    return build(defaults().rows.values(), readFiles(files), false);
  }

  /** Only the rows of {@code files}, without the defaults; for checking files on their own. */
  public static Lexicon loadOnly(Collection<Path> files) {
    return build(List.of(), readFiles(files), false);
  }

  private static List<LexiconFormat.Row> readFiles(Collection<Path> files) {
    List<Problem> problems = new ArrayList<>();
    List<LexiconFormat.Row> rows = new ArrayList<>();
    for (Path file : files) {
      try {
        String text = utf8(Files.readAllBytes(file), file.toString(), problems);
        if (text != null) {
          rows.addAll(LexiconFormat.read(new StringReader(text), file.toString(), problems));
        }
      } catch (IOException e) {
        problems.add(new Problem(file.toString(), 0, Problem.Severity.ERROR, "cannot read: " + reason(e)));
      }
    }
    if (!problems.isEmpty()) {
      throw new LexiconException(problems);
    }
    return rows;
  }

  /** Why a file could not be read, without its name again: the problem names it. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage();
  }

  /**
   * The text of a lexicon file, or null with a problem naming the line when it is not UTF-8: a reader would only say
   * "Input length = 1", and not where, as it decodes ahead of the line it returns.
   */
  private static String utf8(byte[] bytes, String file, List<Problem> problems) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true); // reports malformed input
    if (result.isError()) {
      int line = 1; // lines end as BufferedReader ends them: \n, \r or \r\n
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n')) {
          line++;
        }
      }
      problems.add(new Problem(file, line, Problem.Severity.ERROR, "not UTF-8: invalid byte sequence at byte " + in.position()));
      return null;
    }
    return out.flip().toString();
  }

  /**
   * @param uniqueAcrossFiles true for the bundled files, where an id is unique across all of them; user files may
   *     replace the entities of files before them
   */
  private static Lexicon build(Collection<LexiconFormat.Row> base, List<LexiconFormat.Row> extra, boolean uniqueAcrossFiles) {
    Map<String, LexiconFormat.Row> byId = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (LexiconFormat.Row r : base) {
      byId.put(r.entity().id(), r);
    }
    Map<String, LexiconFormat.Row> seenInExtra = new LinkedHashMap<>();
    for (LexiconFormat.Row r : extra) {
      LexiconFormat.Row earlier = seenInExtra.put(r.entity().id(), r);
      // a user file may replace an entity of another file; within one file, or among the defaults, an id is unique
      if (earlier != null && (uniqueAcrossFiles || earlier.file().equals(r.file()))) {
        problems.add(new Problem(r.file(), r.line(), Problem.Severity.ERROR,
            "duplicate id " + r.entity().id() + " (first at " + earlier.place() + ")"));
      }
      byId.put(r.entity().id(), r);
    }
    Lexicon lexicon = new Lexicon(byId);
    problems.addAll(LexiconChecker.errors(lexicon));
    if (!problems.isEmpty()) {
      throw new LexiconException(problems);
    }
    return lexicon;
  }

  private static List<LexiconFormat.Row> readDefaults() {
    List<Problem> problems = new ArrayList<>();
    List<LexiconFormat.Row> rows = new ArrayList<>();
    for (String name : DEFAULT_FILES) {
      try (InputStream in = Lexicon.class.getResourceAsStream("/lexicons/" + name)) {
        if (in == null) {
          throw new IllegalStateException("default lexicon lexicons/" + name + " is missing from the classpath");
        }
        rows.addAll(LexiconFormat.read(new InputStreamReader(in, StandardCharsets.UTF_8), "lexicons/" + name, problems));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!problems.isEmpty()) {
      throw new LexiconException(problems);
    }
    return rows;
  }

  /** Every entity, in the order of the files and rows they came from. */
  public List<Entity> entities() {
    return entities;
  }

  public int size() {
    return entities.size();
  }

  public Optional<Entity> get(String id) {
    LexiconFormat.Row r = rows.get(id);
    return r == null ? Optional.empty() : Optional.of(r.entity());
  }

  /** Where the entity's row is: {@code file:line}. */
  public Optional<String> origin(String id) {
    LexiconFormat.Row r = rows.get(id);
    return r == null ? Optional.empty() : Optional.of(r.place());
  }

  List<LexiconFormat.Row> rows() {
    return List.copyOf(rows.values());
  }
}
