package org.rasm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasm.Rasm;
import org.rasm.fold.Span;
import org.rasm.tag.Stripped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "strip",
    mixinStandardHelpOptions = true,
    description = {
        "Take the masthead and boilerplate (cookie banners, share and follow prompts, \"Read also\" lists,",
        "copyright lines, subscription prompts) out of each document, and name the outlet that published it.",
        "--format text (default) prints the body; jsonl prints {\"file\", \"source\", \"body\", \"removed\": [{\"start\", \"end\"}]}."
    },
    footer = {"", "Examples:", "  rasm strip testdata/docs/en-strike-report.txt", "  rasm strip --format jsonl testdata/docs"})
final class StripCommand implements Callable<Integer> {
  @ParentCommand RasmCommand top;
  @Spec CommandSpec spec;
  @Mixin InputOptions input = new InputOptions();
  @Mixin LexiconOptions lexicon = new LexiconOptions();
  @Mixin BoilerplateOptions boilerplate = new BoilerplateOptions();

  @Option(names = "--format", paramLabel = "text|jsonl", description = "text: the body (default); jsonl: a line per document.")
  String format = "text";

  @Parameters(paramLabel = "PATH", description = "Files or folders (read recursively); - or none for stdin.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("jsonl")) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "': expected text or jsonl");
    }
    Rasm rasm = boilerplate.build(spec, lexicon);
    Diagnostics diagnostics = new Diagnostics(top.err, input.failFast);
    try {
      new Inputs(input, diagnostics, top.json, top.stdin).forEach(paths, doc -> {
        Stripped s = rasm.strip(doc.text());
        if (format.equals("text")) {
          top.out.write(s.body());
          return;
        }
        ObjectNode o = top.json.createObjectNode();
        o.put("file", doc.name()).put("source", s.source()).put("body", s.body());
        ArrayNode removed = o.putArray("removed");
        for (Span r : s.removed()) {
          removed.addObject().put("start", r.start()).put("end", r.end());
        }
        try {
          top.out.println(top.json.writeValueAsString(o));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (Diagnostics.FailFast e) {
      // reported already
    }
    top.out.flush();
    return diagnostics.exitCode();
  }
}
