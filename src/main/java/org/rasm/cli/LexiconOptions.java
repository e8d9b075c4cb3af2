package org.rasm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasm.lexicon.Lexicon;
import picocli.CommandLine.Option;

/** {@code --lexicon PATH}, for every command: the user's own lexicon files, on top of the defaults. */
final class LexiconOptions {
  @Option(names = "--lexicon", paramLabel = "PATH", description = "A lexicon file of your own (repeatable): adds entities, or replaces those with the same id. A broken file is refused whole.")
  List<Path> files = new ArrayList<>();

  /** The defaults plus the user's files; throws {@link org.rasm.lexicon.LexiconException} for a broken one. */
  Lexicon load() {
    return files.isEmpty() ? Lexicon.defaults() : Lexicon.load(files);
  }

  /** Loads only when the user named files: commands that do not use the lexicon still refuse a broken one. */
  void validate() {
    if (!files.isEmpty()) {
      Lexicon.load(files);
    }
  }
}
