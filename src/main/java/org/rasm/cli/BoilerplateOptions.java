package org.rasm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasm.Rasm;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --boilerplate FILE}, for the commands that strip documents. */
final class BoilerplateOptions {
  @Option(names = "--boilerplate", paramLabel = "FILE",
      description = "More boilerplate patterns (repeatable), in the format of the bundled boilerplate.tsv: kind, pattern, note. "
          + "A pattern that repeats a group holding a repetition, (a+)+, is refused (make the group atomic: (?>a+)+); "
          + "one that reads a line more than 100 times over gives up on it; lines over 1000 chars are never boilerplate.")
  List<Path> files = new ArrayList<>();

  /** A Rasm with the user's lexicons and boilerplate; a broken boilerplate file is a usage error, before any input is read. */
  Rasm build(CommandSpec spec, LexiconOptions lexicon) {
    // the shared instance when nothing is the user's own: its tagger is built once per process, not once per run
    Rasm rasm = files.isEmpty() && lexicon.files.isEmpty() ? Rasm.defaults() : Rasm.builder().lexicons(lexicon.files).boilerplate(files).build();
    try {
      rasm.strip("");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return rasm;
  }
}
