package org.rasm.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a source files under an entity that are not the entity's names, such as a village OpenSyria lists among its
 * district's aliases, or a description ("its centre is X") filed as one. Imports leave them out, so that a maintainer's
 * removal survives re-importing the source, and the bundled lexicons are checked never to bear them.
 *
 * <p>The file, {@value #FILE} beside the lexicon files, has a header and then one row per alias: the entity's {@code
 * id}, the {@code alias} as the source spells it, and the {@code reason}. Immutable and thread-safe.
 */
public final class RefusedAliases {
  public static final String FILE = "refused-aliases.tsv";

  /** One refused alias and why. */
  public record Refusal(String id, String alias, String reason) {}

  private final List<Refusal> refusals;
  private final Map<String, Set<String>> aliasesById = new HashMap<>();

  private RefusedAliases(List<Refusal> refusals) {
    this.refusals = List.copyOf(refusals);
    refusals.forEach(r -> aliasesById.computeIfAbsent(r.id(), x -> new HashSet<>()).add(r.alias()));
  }

  public static RefusedAliases none() {
    return new RefusedAliases(List.of());
  }

  /** The refusals bundled beside the default lexicons. */
  public static RefusedAliases bundled() {
    try (InputStream in = RefusedAliases.class.getResourceAsStream("/lexicons/" + FILE)) {
      return in == null ? none() : read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a refused-aliases file; a row without an id, an alias and a reason is an error that names its line. */
  public static RefusedAliases read(Reader in) throws IOException {
    List<Refusal> list = new ArrayList<>();
    BufferedReader reader = new BufferedReader(in);
    String line = reader.readLine(); // header
    for (int lineNo = 2; (line = reader.readLine()) != null; lineNo++) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
        throw new IllegalArgumentException(FILE + ":" + lineNo + ": expected an id, an alias and a reason");
      }
      list.add(new Refusal(cols[0].strip(), cols[1].strip(), cols[2].strip()));
    }
    return new RefusedAliases(list);
  }

  public List<Refusal> refusals() {
    return refusals;
  }

  public boolean refuses(String id, String alias) {
    return aliasesById.getOrDefault(id, Set.of()).contains(alias);
  }

  /** {@code e} without the aliases refused for it. */
  public Entity applyTo(Entity e) {
    Set<String> refused = aliasesById.get(e.id());
    if (refused == null) {
      return e;
    }
    return new Entity(e.id(), e.type(), e.subtype(), e.nameEn(), e.nameAr(),
        e.aliases().stream().filter(a -> !refused.contains(a)).toList(), e.demonyms(), e.parent(), e.wikidata(),
        e.geonames(), e.pcode(), e.lat(), e.lon(), e.source());
  }
}
