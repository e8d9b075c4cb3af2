package org.rasm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasm.Rasm;
import org.rasm.tag.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
        "Find the names of the lexicon in text, in both scripts. One JSON object per mention:",
        "  {\"file\", \"start\", \"end\", \"text\", \"id\", \"type\", \"match\", \"score\"}",
        "or, with --format doc, one per document: {\"file\", \"source\", \"language\", \"mentions\": [...]}.",
        "Offsets are UTF-16 indices into the text after its BOM, end exclusive."
    },
    footer = {"", "Examples:", "  rasm tag testdata/docs/ar-clashes-report.txt", "  rasm tag --format doc testdata/docs",
        "  rasm tag --input jsonl --field body --id-field url posts.jsonl"})
final class TagCommand implements Callable<Integer> {
  @ParentCommand RasmCommand top;
  @Spec CommandSpec spec;
  @Mixin InputOptions input = new InputOptions();
  @Mixin LexiconOptions lexicon = new LexiconOptions();
  @Mixin BoilerplateOptions boilerplate = new BoilerplateOptions();

  @Option(names = "--format", paramLabel = "jsonl|doc|text|html",
      description = "jsonl: a line per mention (default); doc: a line per document; text: the text with mentions marked [[text|id]]; html: one page for people to read.")
  String format = "jsonl";

  @Option(names = "--threads", paramLabel = "N", description = "Threads to tag with (default: every core).")
  int threads = OrderedWork.allCores();

  @Parameters(paramLabel = "PATH", description = "Files or folders (read recursively); - or none for stdin.")
  List<String> paths = new ArrayList<>();

  private record Tagged(Document doc, List<Mention> mentions) {}

  @Override
  public Integer call() {
    if (!List.of("jsonl", "doc", "text", "html").contains(format)) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "': expected jsonl, doc, text or html");
    }
    HtmlReport html = format.equals("html") ? new HtmlReport() : null;
    Rasm rasm = boilerplate.build(spec, lexicon);
    Diagnostics diagnostics = new Diagnostics(top.err, input.failFast);
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    try (OrderedWork<Tagged> work = new OrderedWork<>(threads, t -> write(rasm, t, html), top.terminal ? top.err : null)) {
      new Inputs(input, diagnostics, top.json, top.stdin).forEach(paths,
          doc -> work.submit(() -> new Tagged(doc, rasm.tag(doc.text()))));
    } catch (Diagnostics.FailFast e) {
      // reported already
    }
    if (html != null) {
      top.out.write(html.page());
    }
    top.out.flush();
    return diagnostics.exitCode();
  }

  private void write(Rasm rasm, Tagged t, HtmlReport html) {
    Document doc = t.doc();
    List<Mention> mentions = t.mentions();
    if (html != null) {
      html.add(doc.name(), doc.text(), mentions);
    } else if (format.equals("text")) {
      top.out.write(marked(doc.text(), mentions));
    } else if (format.equals("doc")) {
      ObjectNode o = top.json.createObjectNode();
      o.put("file", doc.name()).put("source", rasm.strip(doc.text()).source()).put("language", rasm.detect(doc.text()).language());
      ArrayNode list = o.putArray("mentions");
      mentions.forEach(m -> list.add(json(null, m)));
      print(o);
    } else {
      mentions.forEach(m -> print(json(doc.name(), m)));
    }
  }

  /** The text with each mention written [[text|id]], or [[text|?]] when the name is ambiguous. */
  static String marked(String text, List<Mention> mentions) {
    StringBuilder sb = new StringBuilder(text.length() + mentions.size() * 24);
    int at = 0;
    for (Mention m : mentions) {
      sb.append(text, at, m.start()).append("[[").append(m.text()).append('|').append(m.id() == null ? "?" : m.id()).append("]]");
      at = m.end();
    }
    return sb.append(text, at, text.length()).toString();
  }

  private ObjectNode json(String file, Mention m) {
    ObjectNode o = top.json.createObjectNode();
    if (file != null) {
      o.put("file", file);
    }
    o.put("start", m.start()).put("end", m.end()).put("text", m.text()).put("id", m.id()).put("type", m.type())
        .put("match", m.match()).put("score", m.score());
    if (m.id() == null) {
      ArrayNode c = o.putArray("candidates");
      m.candidates().forEach(x -> c.addObject().put("id", x.id()).put("score", x.score()));
    }
    return o;
  }

  private void print(ObjectNode o) {
    try {
      top.out.println(top.json.writeValueAsString(o));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
