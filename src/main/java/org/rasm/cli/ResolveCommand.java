package org.rasm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    if (stdin) {
      BufferedReader in = new BufferedReader(new InputStreamReader(top.stdin, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          print(rasm, line, wanted);
        }
      }
    } else {
      for (String name : names) {
        print(rasm, name, wanted);
      }
    }
    top.out.flush();
    return 0;
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
