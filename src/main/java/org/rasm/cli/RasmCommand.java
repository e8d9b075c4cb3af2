package org.rasm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.rasm.lexicon.LexiconException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rasm} command line: an adapter over {@link org.rasm.Rasm}, which it uses like any other caller.
 *
 * <pre>{@code
 * int exit = RasmCommand.run(new String[] {"normalize", "--profile", "key"}, System.in, System.out, System.err);
 * }</pre>
 */
@Command(
    name = "rasm",
    mixinStandardHelpOptions = true,
    versionProvider = RasmCommand.Version.class,
    description = "Normalise bilingual Arabic-English text and map the names in it to canonical IDs.",
    subcommands = {NormalizeCommand.class, DetectCommand.class, ResolveCommand.class, TranslitCommand.class, TagCommand.class, StripCommand.class, DedupCommand.class, LexiconCommand.class, CommandLine.HelpCommand.class},
    footer = {
        "",
        "Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 some inputs failed, 2 usage error.",
        "",
        "Examples:",
        "  rasm normalize --profile search testdata/docs",
        "  rasm detect testdata/docs/ar-clashes-report.txt",
        "  rasm help normalize"
    })
public final class RasmCommand {
  final InputStream stdin;
  final PrintWriter out;
  final PrintWriter err;
  final ObjectMapper json;
  /** Whether stderr may show a progress line: only when run from {@link #main} in a terminal, never in a pipe or a test. */
  final boolean terminal;

  RasmCommand(InputStream stdin, PrintWriter out, PrintWriter err, boolean terminal) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.json = jsonMapper();
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err, inTerminal());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Whether this process writes to a terminal (JDK 22 and later can tell; before, an attached console says so). */
  private static boolean inTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Runs the command line with the given streams and returns its exit code. */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    try {
      return run(args, stdin, out, err, false);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, boolean terminal) {
    RasmCommand top = new RasmCommand(stdin, out, err, terminal);
    CommandLine cli = new CommandLine(top)
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          if (e instanceof LexiconException lexicon) {
            err.println("rasm: error: the lexicon was refused:");
            lexicon.problems().forEach(p -> err.println("  " + p));
          } else if (e instanceof java.nio.file.NoSuchFileException missing) {
            err.println("rasm: error: " + missing.getFile() + ": no such file or directory");
          } else {
            err.println("rasm: error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          }
          return 1;
        });
    return cli.execute(args);
  }

  /** The longest JSON string value read, in chars; a record's size is bounded before parsing by --max-record-bytes. */
  static final int MAX_JSON_STRING = 20_000_000;

  /**
   * Reads JSON lines: a record nests at most 64 deep, a number has at most 100 digits, a string at most
   * {@link #MAX_JSON_STRING} chars, and nothing may follow the value on its line (two records on one line are an error,
   * not one record and a silently dropped rest).
   */
  static ObjectMapper jsonMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100).maxStringLength(MAX_JSON_STRING).build())
        .build();
    return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RasmCommand.class.getPackage().getImplementationVersion();
      return new String[] {"rasm " + (v == null ? "(development build)" : v)};
    }
  }
}
