package org.rasm.lucene;

import java.nio.file.Path;
import java.util.List;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolver;
import org.rasm.tag.NameIndex;

/**
 * The {@link NameIndex} the analyzers and factories tag with. Building one decides every name of its lexicon, which
 * takes a while: the index of the bundled lexicons, which most users need, is built once per process and shared; an
 * index with lexicon files of the user's own is built for the factory or analyzer that asks, so a Solr core or an
 * OpenSearch index that is reloaded reads the files again and sees their edits.
 */
final class NameIndexes {
  private NameIndexes() {}

  /** The index of the bundled lexicons. */
  static NameIndex defaults() {
    return Defaults.INDEX;
  }

  // built on first use, once, by the JVM's class initialisation
  private static final class Defaults {
    static final NameIndex INDEX = build(Lexicon.defaults());
  }

  /** The index of the bundled lexicons plus {@code files}, in order (a later row replaces an earlier one by id). */
  static NameIndex of(List<Path> files) {
    return files.isEmpty() ? defaults() : build(Lexicon.load(files));
  }

  /** The index of {@code lexicon}; the caller keeps it. */
  static NameIndex of(Lexicon lexicon) {
    return lexicon == Lexicon.defaults() ? defaults() : build(lexicon);
  }

  private static NameIndex build(Lexicon lexicon) {
    return new NameIndex(lexicon, new Resolver(lexicon));
  }
}
