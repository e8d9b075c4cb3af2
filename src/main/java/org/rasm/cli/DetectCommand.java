package org.rasm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasm.Rasm;
import org.rasm.lang.Detection;
import org.rasm.lang.LanguageSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description = {
        "Find the scripts and languages of each document. One JSON line each:",
        "  {\"file\", \"language\", \"script\", \"confidence\",",
        "   \"spans\": [{\"start\", \"end\", \"script\", \"language\"}]}",
        "Languages are ISO 639-1 codes, scripts ISO 15924 codes; offsets are",
        "UTF-16 indices into the text after its BOM, end exclusive."
    },
    footer = {
        "",
        "Examples:",
        "  rasm detect testdata/docs",
        "  rasm detect --languages ar,en,fa report.txt",
        "  rasm detect --input jsonl --field body --id-field url posts.jsonl"
    })
final class DetectCommand implements Callable<Integer> {
  @ParentCommand RasmCommand top;
  @Spec CommandSpec spec;
  @Mixin InputOptions input = new InputOptions();
  @Mixin LexiconOptions lexicon = new LexiconOptions();

  @Option(names = "--languages", split = ",", paramLabel = "CODE", description = "Languages to choose among (default: ar,en,fr,fa,tr,ur,de).")
  List<String> languages;

  @Option(names = "--high-accuracy", description = "Lingua's high-accuracy mode: better on short texts, slower.")
  boolean highAccuracy;

  @Option(names = "--format", paramLabel = "jsonl|text", description = "jsonl (default) or text: file, language, script, confidence.")
  InputOptions.Kind format = InputOptions.Kind.jsonl;

  @Parameters(paramLabel = "PATH", description = "Files or folders (read recursively); - or none for stdin.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    Rasm rasm;
    try {
      Rasm.Builder b = Rasm.builder().highAccuracy(highAccuracy);
      if (languages != null) {
        b.languages(languages);
      }
      rasm = b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    lexicon.validate();
    Diagnostics diagnostics = new Diagnostics(top.err, input.failFast);
    try {
      new Inputs(input, diagnostics, top.json, top.stdin).forEach(paths, doc -> {
        Detection d = rasm.detect(doc.text());
        top.out.write(format == InputOptions.Kind.text
            ? doc.name() + "\t" + d.language() + "\t" + d.script() + "\t" + d.confidence() + "\n"
            : toJson(doc.name(), d) + "\n");
      });
    } catch (Diagnostics.FailFast e) {
      // reported already
    }
    top.out.flush();
    return diagnostics.exitCode();
  }

  private String toJson(String name, Detection d) {
    ObjectNode o = top.json.createObjectNode();
    o.put("file", name).put("language", d.language()).put("script", d.script()).put("confidence", d.confidence());
    ArrayNode spans = o.putArray("spans");
    for (LanguageSpan s : d.spans()) {
      spans.addObject().put("start", s.start()).put("end", s.end()).put("script", s.script()).put("language", s.language());
    }
    try {
      return top.json.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
