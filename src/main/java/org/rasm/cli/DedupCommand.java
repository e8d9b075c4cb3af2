package org.rasm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasm.Rasm;
import org.rasm.dedup.Deduplicator;
import org.rasm.dedup.Duplicate;
import org.rasm.dedup.Signature;
import org.rasm.dedup.Signer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
        "Find exact copies, near copies and translations among documents. One JSON object per document:",
        "  {\"doc\", \"cluster\", \"kind\" (unique, exact, near or translation), \"of\" (the cluster's first document), \"score\"}",
        "A summary goes to stderr: documents, clusters, share removed, time."
    },
    footer = {"", "Examples:", "  rasm dedup testdata/dedup/docs", "  rasm dedup --threshold 0.6 --cross-lingual off archive/",
        "  rasm dedup --keep unique/ archive/", "  rasm dedup --input jsonl --field body --id-field url posts.jsonl"})
final class DedupCommand implements Callable<Integer> {
  @ParentCommand RasmCommand top;
  @Spec CommandSpec spec;
  @Mixin InputOptions input = new InputOptions();
  @Mixin LexiconOptions lexicon = new LexiconOptions();
  @Mixin BoilerplateOptions boilerplate = new BoilerplateOptions();

  @Option(names = "--format", paramLabel = "jsonl", description = "jsonl (the only format for now).")
  String format = "jsonl";

  @Option(names = "--threshold", paramLabel = "J", description = "Jaccard similarity of near copies, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double threshold = Deduplicator.DEFAULT_THRESHOLD;

  @Option(names = "--cross-lingual", paramLabel = "on|off", description = "Pair reports with their translations (default: ${DEFAULT-VALUE}).")
  Switch crossLingual = Switch.on;

  enum Switch { on, off }

  @Option(names = "--keep", paramLabel = "DIR", description = "Write one document per cluster, its first, below DIR, atomically.")
  Path keep;

  @Option(names = "--threads", paramLabel = "N", description = "Threads to sign documents with (default: every core).")
  int threads = OrderedWork.allCores();

  @Parameters(paramLabel = "PATH", description = "Files or folders (read recursively); - or none for stdin.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    if (!format.equals("jsonl")) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "': expected jsonl");
    }
    if (threshold <= 0 || threshold > 1 || threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threshold must be in (0, 1] and --threads at least 1");
    }
    long started = System.nanoTime();
    Rasm rasm = boilerplate.build(spec, lexicon);
    Signer signer = new Signer(rasm, 100);
    Diagnostics diagnostics = new Diagnostics(top.err, input.failFast);
    List<Signature> signatures = new ArrayList<>();
    Map<String, Document> kept = new HashMap<>();
    try (OrderedWork<Signature> work = new OrderedWork<>(threads, signatures::add, top.terminal ? top.err : null)) {
      new Inputs(input, diagnostics, top.json, top.stdin).forEach(paths, doc -> {
        if (keep != null) {
          kept.put(doc.name(), doc);
        }
        work.submit(() -> signer.sign(doc.name(), doc.text()));
      });
    } catch (Diagnostics.FailFast e) {
      // reported already
    }
    List<Duplicate> result = new Deduplicator(threshold, crossLingual == Switch.on).run(signatures);
    int clusters = 0;
    for (Duplicate d : result) {
      clusters = Math.max(clusters, d.cluster() + 1);
      try {
        top.out.println(top.json.writeValueAsString(top.json.createObjectNode().put("doc", d.doc()).put("cluster", d.cluster())
            .put("kind", d.kind()).put("of", d.of()).put("score", d.score())));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      if (keep != null && d.kind().equals("unique")) {
        write(kept.get(d.doc()), diagnostics);
      }
    }
    top.out.flush();
    int n = result.size();
    top.err.printf("rasm: %d documents, %d clusters, %.1f%% removed, %.1f s%n", n, clusters,
        n == 0 ? 0.0 : 100.0 * (n - clusters) / n, (System.nanoTime() - started) / 1e9);
    return diagnostics.exitCode();
  }

  private void write(Document doc, Diagnostics diagnostics) {
    if (doc == null) {
      return;
    }
    Path relative = doc.relative() != null ? doc.relative() : Path.of(doc.name().replaceAll("[^\\w.-]", "_") + ".txt");
    try {
      AtomicFiles.write(AtomicFiles.inside(keep, relative), doc.text().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      diagnostics.fail(doc.name(), "cannot write to " + keep + ": " + e.getMessage());
    }
  }
}
