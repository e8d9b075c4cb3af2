package org.rasm.lucene;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolver;
import org.rasm.tag.NameIndex;

/**
 * One {@link NameIndex} per set of lexicon files, per process: building one decides every name of the lexicon, which
 * takes a while, and a Solr core or an OpenSearch node creates the factories once per field and reload.
 */
final class NameIndexes {
  private static final Map<List<Path>, NameIndex> BUILT = new ConcurrentHashMap<>();

  private NameIndexes() {}

  /** The index of the bundled lexicons. */
  static NameIndex defaults() {
    return of(List.of());
  }

  /** The index of the bundled lexicons plus {@code files}, in order (a later row replaces an earlier one by id). */
  static NameIndex of(List<Path> files) {
    List<Path> key = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    return BUILT.computeIfAbsent(key, k -> {
      Lexicon lexicon = k.isEmpty() ? Lexicon.defaults() : Lexicon.load(k);
      return new NameIndex(lexicon, new Resolver(lexicon));
    });
  }

  /** The index of {@code lexicon}, not cached: the caller keeps it. */
  static NameIndex of(Lexicon lexicon) {
    return lexicon == Lexicon.defaults() ? defaults() : new NameIndex(lexicon, new Resolver(lexicon));
  }
}
