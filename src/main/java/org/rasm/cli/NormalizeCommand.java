package org.rasm.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rasm.Rasm;
import org.rasm.fold.FoldProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = {
        "Fold text in one profile:",
        "  display  safe to store and show: NFC; bidi controls, zero-width",
        "           characters and soft hyphens removed; Arabic presentation",
        "           forms to letters; spaces unified; line breaks and",
        "           diacritics kept",
        "  search   for matching and indexing: display, then case folding;",
        "           Latin diacritics, harakat and tatweel removed; alef, yeh,",
        "           teh marbuta unified; Persian letters and digits folded",
        "  key      for name keys: search, then punctuation to spaces,",
        "           articles dropped, doubled letters once; a text file is",
        "           read as a list of names, one key per line",
        "The rules: src/main/java/org/rasm/fold/README.md in the sources.",
        "A text file of any length, even one single line, is folded a piece at a",
        "time in bounded memory; with -o and --in-place each file is replaced when",
        "it is done, and left as it was when it fails."
    },
    footer = {
        "",
        "Examples:",
        "  rasm normalize --profile search report.txt",
        "  rasm normalize --profile display -o clean/ archive/",
        "  echo 'Dayr az-Zawr' | rasm normalize --profile key",
        "  rasm normalize --input jsonl --field body posts.jsonl > posts.search.jsonl"
    })
final class NormalizeCommand implements Callable<Integer> {
  @ParentCommand RasmCommand top;
  @Spec CommandSpec spec;
  @Mixin InputOptions input = new InputOptions();
  @Mixin LexiconOptions lexicon = new LexiconOptions();

  @Option(names = "--profile", paramLabel = "display|search|key", description = "Folding profile (default: ${DEFAULT-VALUE}).")
  String profile = "display";

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write each input to the same path below DIR, atomically, instead of to stdout.")
  Path outputDir;

  @Option(names = "--in-place", description = "Rewrite each input file atomically. Off by default: inputs are never overwritten otherwise.")
  boolean inPlace;

  @Option(names = "--format", paramLabel = "text|jsonl", description = "What is written (default: the same as --input).")
  InputOptions.Kind format;

  @Parameters(paramLabel = "PATH", description = "Files or folders (read recursively); - or none for stdin.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    FoldProfile fold;
    try {
      fold = FoldProfile.of(profile);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean toFiles = outputDir != null || inPlace;
    if (outputDir != null && inPlace) {
      throw new ParameterException(spec.commandLine(), "-o and --in-place exclude each other");
    }
    if (toFiles && (paths.isEmpty() || paths.contains("-"))) {
      throw new ParameterException(spec.commandLine(), (inPlace ? "--in-place" : "-o") + " needs files or folders, not stdin");
    }
    InputOptions.Kind outFormat = format == null ? input.input : format;
    lexicon.validate();
    Diagnostics diagnostics = new Diagnostics(top.err, input.failFast);
    Rasm rasm = Rasm.defaults();
    Inputs inputs = new Inputs(input, diagnostics, top.json, top.stdin);
    if (outputDir != null) {
      checkTargets(inputs);
    }
    FileBatch batch = new FileBatch(diagnostics);
    inputs.onFileStart(batch::flush); // a file's failures are its own, not the next file's
    boolean[] lineOpen = {false}; // the last document written to stdout did not end its line
    try {
      inputs.forEach(paths, doc -> {
        String folded = fold == FoldProfile.KEY && doc.record() == null ? keyPerLine(rasm, doc.text()) : rasm.normalize(doc.text(), fold).text();
        String rendered = render(doc, folded, outFormat);
        if (toFiles) {
          batch.add(doc, rendered);
        } else if (!rendered.isEmpty()) {
          if (lineOpen[0]) {
            top.out.write('\n'); // documents on stdout never run into each other
          }
          top.out.write(rendered);
          lineOpen[0] = !rendered.endsWith("\n");
        }
      }, big -> {
        batch.flush();
        if (toFiles) {
          writeLongToFile(big, fold, outFormat, diagnostics);
        } else {
          lineOpen[0] = writeLong(big, fold, outFormat, top.out, lineOpen[0], diagnostics);
        }
      });
      batch.flush();
    } catch (Diagnostics.FailFast e) {
      // reported already
    }
    top.out.flush();
    return diagnostics.exitCode();
  }

  /**
   * Before anything is written: -o must not write over an input, and no two inputs may land on one output file.
   */
  private void checkTargets(Inputs inputs) {
    Map<Path, Path> sourceOf = new HashMap<>();
    Set<Path> sources = new HashSet<>();
    List<Inputs.Planned> planned = inputs.plan(paths);
    for (Inputs.Planned p : planned) {
      sources.add(realOrAbsolute(p.source()));
    }
    for (Inputs.Planned p : planned) {
      Path target = realOrAbsolute(outputDir.resolve(p.relative()));
      Path earlier = sourceOf.put(target, p.source());
      if (earlier != null && !realOrAbsolute(earlier).equals(realOrAbsolute(p.source()))) {
        throw new ParameterException(spec.commandLine(), earlier + " and " + p.source() + " would both be written to " + target);
      }
      if (sources.contains(target)) {
        throw new ParameterException(spec.commandLine(), "-o would write over the input " + target + "; use --in-place for that");
      }
    }
  }

  private static Path realOrAbsolute(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /**
   * A long text file to stdout, a piece at a time. Returns whether the last line written is left open, as the
   * documents written whole do.
   */
  private boolean writeLong(Inputs.LongText big, FoldProfile fold, InputOptions.Kind outFormat, java.io.Writer out, boolean lineOpen,
      Diagnostics diagnostics) {
    boolean[] open = {lineOpen};
    boolean[] started = {false};
    try {
      foldLong(big, fold, outFormat, piece -> {
        if (!started[0]) {
          started[0] = true;
          if (open[0]) {
            out.write('\n');
          }
        }
        out.write(piece);
        open[0] = piece.charAt(piece.length() - 1) != '\n';
      });
    } catch (IOException e) {
      diagnostics.fail(big.name(), "cannot read: " + Diagnostics.reason(e));
    }
    return open[0];
  }

  /** A long text file to its file below -o, or over itself: the target is replaced when the whole file is done, only. */
  private void writeLongToFile(Inputs.LongText big, FoldProfile fold, InputOptions.Kind outFormat, Diagnostics diagnostics) {
    Path source = big.source();
    try {
      Path target = inPlace ? source.toRealPath() : AtomicFiles.inside(outputDir, big.relative());
      if (!inPlace && Files.exists(target) && Files.isSameFile(target, source)) {
        diagnostics.fail(source.toString(), "-o would overwrite the input; use --in-place for that");
        return;
      }
      try (AtomicFiles.Pending pending = new AtomicFiles.Pending(target)) {
        java.io.Writer out = new java.io.OutputStreamWriter(pending.stream(), StandardCharsets.UTF_8);
        foldLong(big, fold, outFormat, out::write);
        out.flush();
        pending.commit();
      }
    } catch (IOException e) {
      // reading the input and writing the output go together here, so the reason says which failed
      diagnostics.fail(source.toString(), "cannot fold to " + (inPlace ? "itself" : outputDir) + ": " + Diagnostics.reason(e));
    }
  }

  private interface PieceSink {
    void write(String piece) throws IOException;
  }

  /**
   * Folds a long text a piece at a time, each cut where folding sees the same on both sides as in the whole text,
   * and hands on the non-empty results in order: together they are what the whole text folds to.
   */
  private void foldLong(Inputs.LongText big, FoldProfile fold, InputOptions.Kind outFormat, PieceSink sink) throws IOException {
    PieceSink out = sink;
    if (outFormat == InputOptions.Kind.jsonl) {
      // the record {"file": ..., "text": ...} as the whole text would be written, its text escaped a piece at a time
      sink.write("{\"file\":" + top.json.writeValueAsString(big.name()) + ",\"text\":\"");
      out = piece -> sink.write(new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(piece)));
    }
    int chunk = input.chunkChars;
    Rasm rasm = Rasm.defaults();
    try (TextStream text = big.open()) {
      Pieces pieces = new Pieces(text, chunk + 1);
      KeyLine line = fold == FoldProfile.KEY ? new KeyLine(rasm, out) : null;
      while (true) {
        pieces.fill(chunk + 1);
        int n = pieces.length();
        boolean last = pieces.atEnd() && n <= chunk;
        int cut = last ? n : pieces.cut(0, chunk, fold != FoldProfile.KEY);
        boolean clean = cut >= 0;
        if (!clean) {
          cut = pieces.anyCut(chunk);
        }
        String piece = pieces.text(0, cut);
        if (line != null) {
          line.fold(piece, last, clean && !last && wordAt(rasm, pieces, cut));
        } else {
          String folded = rasm.normalize(piece, fold).text();
          if (!folded.isEmpty()) {
            out.write(folded);
          }
        }
        if (last) {
          break;
        }
        pieces.drop(pieces.base() + cut);
      }
    }
    if (outFormat == InputOptions.Kind.jsonl) {
      sink.write("\"}\n");
    }
  }

  /** Whether a word of the key profile begins at {@code p}: its first character folds to something, not to a space. */
  private static boolean wordAt(Rasm rasm, Pieces pieces, int p) {
    String folded = rasm.normalize(new String(Character.toChars(pieces.codePointAt(p))), FoldProfile.KEY).text();
    return !folded.isEmpty() && folded.chars().noneMatch(Character::isWhitespace);
  }

  /**
   * The key profile over a long text, which is a list of names, one per line, however long a line is. A line cut in
   * two is cut at white space before a word: its parts are keyed apart and joined by one space, as the key of the
   * whole line joins its parts.
   */
  private static final class KeyLine {
    private final Rasm rasm;
    private final PieceSink out;
    private boolean partWritten; // some part of the current line has been written

    KeyLine(Rasm rasm, PieceSink out) {
      this.rasm = rasm;
      this.out = out;
    }

    /**
     * @param last the piece ends the text
     * @param wordFollows the piece ends in a line, at white space, and a word follows it
     */
    void fold(String piece, boolean last, boolean wordFollows) throws IOException {
      int start = 0;
      while (start < piece.length()) {
        int end = start;
        while (end < piece.length() && piece.charAt(end) != '\n' && piece.charAt(end) != '\r') {
          end++;
        }
        String part = piece.substring(start, end);
        String key;
        if (end == piece.length() && !last && wordFollows) {
          // an article is dropped when a word follows it in its line: a word does, so a word stands in for it
          key = rasm.normalize(part + "0", FoldProfile.KEY).text();
          key = key.substring(0, Math.max(0, key.length() - 2));
        } else {
          key = rasm.normalize(part, FoldProfile.KEY).text();
        }
        if (!key.isEmpty()) {
          out.write(partWritten ? " " + key : key);
          partWritten = true;
        }
        int next = end < piece.length() && piece.charAt(end) == '\r' && end + 1 < piece.length() && piece.charAt(end + 1) == '\n'
            ? end + 2 : Math.min(end + 1, piece.length());
        if (next > end) {
          out.write(piece.substring(end, next));
          partWritten = false;
        }
        start = next;
      }
    }
  }

  /** A text file in the key profile is a list of names: one key per line, line breaks kept. */
  private static String keyPerLine(Rasm rasm, String text) {
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      out.append(rasm.normalize(text.substring(start, end), FoldProfile.KEY).text());
      int next = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : Math.min(end + 1, text.length());
      out.append(text, end, next);
      start = next;
    }
    return out.toString();
  }

  private String render(Document doc, String folded, InputOptions.Kind outFormat) {
    try {
      if (outFormat == InputOptions.Kind.text) {
        return doc.record() == null ? folded : folded + "\n";
      }
      ObjectNode record = doc.record() != null ? doc.record().deepCopy() : top.json.createObjectNode().put("file", doc.name());
      record.put(doc.record() != null ? input.field : "text", folded);
      return top.json.writeValueAsString(record) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects the output of one input file at a time and writes it atomically when the file is done. */
  private final class FileBatch {
    private final Diagnostics diagnostics;
    private Path source;
    private Path relative;
    private final StringBuilder content = new StringBuilder();
    private int failuresAtStart;

    FileBatch(Diagnostics diagnostics) {
      this.diagnostics = diagnostics;
      this.failuresAtStart = diagnostics.failures();
    }

    void add(Document doc, String rendered) {
      if (!doc.source().equals(source)) {
        if (source != null) {
          flush();
        }
        source = doc.source();
        relative = doc.relative();
      }
      content.append(rendered);
    }

    void flush() {
      if (source == null) {
        failuresAtStart = diagnostics.failures();
        return;
      }
      try {
        if (inPlace && diagnostics.failures() > failuresAtStart) {
          diagnostics.warn(source.toString(), "left unchanged because some of its records failed");
        } else {
          Path target = inPlace ? source.toRealPath() : AtomicFiles.inside(outputDir, relative);
          if (!inPlace && Files.exists(target) && Files.isSameFile(target, source)) {
            diagnostics.fail(source.toString(), "-o would overwrite the input; use --in-place for that");
          } else {
            AtomicFiles.write(target, content.toString().getBytes(StandardCharsets.UTF_8));
          }
        }
      } catch (IOException e) {
        diagnostics.fail(source.toString(), "cannot write: " + e.getMessage());
      } finally {
        source = null;
        content.setLength(0);
        // failures from here on belong to the next file, its bad lines before its first good one included
        failuresAtStart = diagnostics.failures();
      }
    }
  }
}
