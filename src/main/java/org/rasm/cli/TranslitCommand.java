package org.rasm.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.rasm.Rasm;
import org.rasm.romanize.Scheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "translit",
    mixinStandardHelpOptions = true,
    description = {
        "Transliterate Arabic to Latin, one line per TEXT. Schemes:",
        "  news        English-language news spelling: al-, ash-, kh, sh, q (default)",
        "  bgn         ASCII BGN/PCGN: the article apart, ' for ain and hamza",
        "  icu         ICU's Arabic-Latin transform",
        "  buckwalter  Buckwalter's one-to-one ASCII; --reverse turns it back into Arabic"
    },
    footer = {"", "Examples:", "  rasm translit البوكمال 'دير الزور'", "  rasm translit --scheme buckwalter حلب", "  rasm translit --scheme buckwalter --reverse Hlb"})
final class TranslitCommand implements Callable<Integer> {
  @ParentCommand RasmCommand top;
  @Spec CommandSpec spec;

  @Option(names = "--scheme", paramLabel = "S", description = "news, bgn, icu or buckwalter (default: ${DEFAULT-VALUE}).")
  String scheme = "news";

  @Option(names = "--reverse", description = "With --scheme buckwalter: from Buckwalter back to Arabic.")
  boolean reverse;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Text to transliterate.")
  List<String> texts;

  @Override
  public Integer call() {
    Scheme s;
    try {
      s = Scheme.of(scheme);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (reverse && s != Scheme.BUCKWALTER) {
      throw new ParameterException(spec.commandLine(), "--reverse works with --scheme buckwalter only");
    }
    for (String t : texts) {
      top.out.println(reverse ? org.rasm.romanize.Transliteration.fromBuckwalter(t) : Rasm.defaults().transliterate(t, s));
    }
    top.out.flush();
    return 0;
  }
}
