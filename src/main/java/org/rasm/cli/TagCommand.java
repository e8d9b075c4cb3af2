package org.rasm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasm.Rasm;
import org.rasm.tag.Mention;
import org.rasm.tag.Tagger;
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
        "Offsets are UTF-16 indices into the text after its BOM, end exclusive.",
        "A text file of any length, even one single line, is tagged a window at a",
        "time in bounded memory, in two passes; the mentions are those of the whole",
        "text. --format doc and html need the whole document at once: a text file",
        "over --max-record-bytes is an error there."
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
      boolean whole = html != null || format.equals("doc");
      new Inputs(input, diagnostics, top.json, top.stdin).forEach(paths,
          doc -> work.submit(() -> new Tagged(doc, rasm.tag(doc.text()))),
          whole ? null : big -> {
            work.drain(); // the documents before it are written first
            tagLong(rasm, big, diagnostics);
          });
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

  /**
   * A text file too long to tag at once, tagged a window at a time, twice: first the ids of the names it holds are
   * counted (a name that is also a common word needs a related place anywhere in the text), then its mentions are
   * written, as they would be for the whole text. Offsets are into the whole text.
   */
  private void tagLong(Rasm rasm, Inputs.LongText big, Diagnostics diagnostics) {
    try {
      Map<String, Integer> ids = new HashMap<>();
      pass(rasm, big, null, ids);
      pass(rasm, big, ids, null);
    } catch (IOException e) {
      diagnostics.fail(big.name(), "cannot read: " + e.getMessage());
    }
  }

  /** A mention and where it begins and ends in the whole text. */
  private record Placed(long start, long end, Mention mention) {}

  private void pass(Rasm rasm, Inputs.LongText big, Map<String, Integer> ids, Map<String, Integer> counted) throws IOException {
    int chunk = input.chunkChars;
    // the text a window holds before and after its part: the cue before a name, the rest of a name begun in the part,
    // the line around a name (a title is short); a name written across more than this may be missed or cut short
    int margin = Math.max(4 * Tagger.TITLE_LINE_CHARS, Math.min(chunk, 8192));
    boolean text = format.equals("text");
    try (TextStream in = big.open()) {
      Pieces p = new Pieces(in, chunk + 3 * margin);
      long nameFrom = 0;
      long spellingFrom = 0;
      long covered = 0;
      long written = 0;
      List<Placed> waiting = new ArrayList<>();
      while (true) {
        long keep = Math.min(Math.min(nameFrom, spellingFrom), written) - margin;
        if (keep > p.base()) {
          int c = p.cut(0, (int) (keep - p.base()), true);
          c = c >= 0 ? c : p.anyCut((int) (keep - p.base()));
          p.drop(p.base() + c);
        }
        int stop = (int) (nameFrom - p.base()) + chunk;
        p.fill(stop + 2 * margin);
        boolean last = p.atEnd() && p.length() <= stop + 2 * margin;
        int end;
        if (last) {
          end = p.length();
          stop = end;
        } else {
          end = p.cut(stop + margin, stop + 2 * margin, true);
          end = end >= 0 ? end : p.anyCut(stop + 2 * margin);
        }
        long base = p.base();
        Tagger.Part part = rasm.tagPart(p.text(0, end), (int) (nameFrom - base), (int) (spellingFrom - base),
            (int) Math.max(0, covered - base), stop, ids);
        nameFrom = base + part.nextName();
        spellingFrom = base + part.nextSpelling();
        covered = Math.max(covered, base + part.covered());
        if (ids == null) {
          part.ids().forEach(id -> counted.merge(id, 1, Integer::sum));
        } else {
          for (Mention m : part.mentions()) {
            waiting.add(new Placed(base + m.start(), base + m.end(), m));
          }
          waiting.sort(java.util.Comparator.comparingLong(Placed::start));
          long limit = last ? Long.MAX_VALUE : base + stop;
          int k = 0;
          for (; k < waiting.size() && waiting.get(k).start() < limit; k++) {
            Placed m = waiting.get(k);
            if (text) {
              top.out.write(p.chars(), (int) (written - base), (int) (m.start() - written));
              top.out.write(mark(m.mention()));
              written = m.end();
            } else {
              print(json(big.name(), m.mention(), m.start(), m.end()));
            }
          }
          waiting.subList(0, k).clear();
        }
        long upTo = last ? base + end : base + stop;
        if (written < upTo) {
          if (text && ids != null) {
            top.out.write(p.chars(), (int) (written - base), (int) (upTo - written));
          }
          written = upTo;
        }
        if (last) {
          return;
        }
      }
    }
  }

  /** The text with each mention written [[text|id]], or [[text|?]] when the name is ambiguous. */
  static String marked(String text, List<Mention> mentions) {
    StringBuilder sb = new StringBuilder(text.length() + mentions.size() * 24);
    int at = 0;
    for (Mention m : mentions) {
      sb.append(text, at, m.start()).append(mark(m));
      at = m.end();
    }
    return sb.append(text, at, text.length()).toString();
  }

  private static String mark(Mention m) {
    return "[[" + m.text() + '|' + (m.id() == null ? "?" : m.id()) + "]]";
  }

  private ObjectNode json(String file, Mention m) {
    return json(file, m, m.start(), m.end());
  }

  /** A mention as JSON, at {@code start} and {@code end}: offsets into a whole text of any length. */
  private ObjectNode json(String file, Mention m, long start, long end) {
    ObjectNode o = top.json.createObjectNode();
    if (file != null) {
      o.put("file", file);
    }
    o.put("start", start).put("end", end).put("text", m.text()).put("id", m.id()).put("type", m.type())
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
