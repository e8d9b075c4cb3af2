package org.rasm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasm.Rasm;
import org.rasm.lexicon.EntityType;
import org.rasm.resolve.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
        "Resolve names, in any script or spelling, to canonical IDs. One JSON object per name, in input order:",
        "  {\"query\", \"id\", \"type\", \"name_en\", \"name_ar\", \"score\", \"match\", \"candidates\": [{\"id\", \"score\"}]}",
        "id is null when nothing passes the threshold. match is exact, folded, key or fuzzy."
    },
    footer = {
        "",
        "Examples:",
        "  rasm resolve 'Abu Kamal' البوكمال Bokamal",
        "  rasm resolve --type actor SDF قسد",
        "  rasm resolve --explain 'Dair Alzour'",
        "  rasm resolve --stdin < names.txt"
    })
final class ResolveCommand implements Callable<Integer> {
  @ParentCommand RasmCommand top;
  @Spec CommandSpec spec;
  @Mixin LexiconOptions lexicon = new LexiconOptions();

  @Option(names = "--type", paramLabel = "place|actor|outlet|country", description = "Only entities of this type (repeatable).")
  List<String> types = new ArrayList<>();

  @Option(names = "--explain", description = "Add the keys that were compared and the alias or rule that decided.")
  boolean explain;

  @Option(names = "--stdin", description = "Read names from stdin, one per line.")
  boolean stdin;

  @Option(names = "--on-invalid", paramLabel = "fail|replace",
      description = "With --stdin, a line that is not UTF-8: fail names it and skips it (default); replace substitutes U+FFFD.")
  InputOptions.OnInvalid onInvalid = InputOptions.OnInvalid.fail;

  @Option(names = "--fail-fast", description = "With --stdin: stop at the first line that fails.")
  boolean failFast;

  /** The longest line --stdin takes as a name: far longer than any name, short enough to hold whatever the input. */
  static final int MAX_NAME_BYTES = 1 << 16;

  @Option(names = "--threshold", paramLabel = "S", description = "Verification threshold of fuzzy matches, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double threshold = org.rasm.resolve.Resolver.DEFAULT_THRESHOLD;

  @Parameters(paramLabel = "NAME", description = "Names to resolve.")
  List<String> names = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    EntityType[] wanted;
    Rasm rasm;
    try {
      wanted = types.stream().map(EntityType::of).toArray(EntityType[]::new);
      rasm = Rasm.builder().lexicons(lexicon.files).threshold(threshold).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (stdin == !names.isEmpty()) {
      throw new ParameterException(spec.commandLine(), stdin ? "--stdin takes no NAME arguments" : "give NAMEs or --stdin");
    }
    Diagnostics diagnostics = new Diagnostics(top.err, failFast);
    if (stdin) {
      try {
        readNames(diagnostics, name -> print(rasm, name, wanted));
      } catch (Diagnostics.FailFast e) {
        // reported already
      }
    } else {
      for (String name : names) {
        print(rasm, name, wanted);
      }
    }
    top.out.flush();
    return diagnostics.exitCode();
  }

  /**
   * Calls {@code sink} with each line of stdin that is not blank. A line that is not UTF-8, holds a NUL byte or is
   * longer than {@link #MAX_NAME_BYTES} is reported as {@code -:LINE} and skipped, so memory stays flat whatever comes in.
   */
  private void readNames(Diagnostics diagnostics, java.util.function.Consumer<String> sink) throws IOException {
    LineScanner lines = new LineScanner(top.stdin, MAX_NAME_BYTES);
    for (long lineNo = 1; lines.next(); lineNo++) {
      String place = "-:" + lineNo;
      int len = lines.len > 0 && lines.buf[lines.len - 1] == '\r' ? lines.len - 1 : lines.len;
      if (lines.tooLong) {
        diagnostics.fail(place, "line longer than " + MAX_NAME_BYTES + " bytes, not a name");
      } else if (Utf8.indexOfNul(lines.buf, len) >= 0) {
        diagnostics.fail(place, "NUL byte, not text");
      } else {
        try {
          String name = Utf8.decode(lines.buf, len, onInvalid == InputOptions.OnInvalid.replace);
          if (!name.isBlank()) {
            sink.accept(name);
          }
        } catch (Utf8.InvalidUtf8 e) {
          diagnostics.fail(place, "invalid UTF-8 at byte " + e.byteOffset + " of the line (--on-invalid replace substitutes U+FFFD)");
        }
      }
    }
  }

  private void print(Rasm rasm, String name, EntityType[] wanted) {
    Resolution r = explain ? rasm.explain(name, wanted) : rasm.resolve(name, wanted);
    ObjectNode o = top.json.createObjectNode();
    o.put("query", r.query()).put("id", r.id()).put("type", r.type()).put("name_en", r.nameEn()).put("name_ar", r.nameAr())
        .put("score", r.score()).put("match", r.match());
    ArrayNode candidates = o.putArray("candidates");
    r.candidates().stream().limit(5).forEach(c -> candidates.addObject().put("id", c.id()).put("score", c.score()));
    if (explain) {
      ObjectNode why = o.putObject("explain");
      r.explanation().forEach(why::put);
    }
    try {
      top.out.println(top.json.writeValueAsString(o));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
