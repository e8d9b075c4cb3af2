package org.rasm.lucene;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for the char filter that replaces unpaired surrogates by U+FFFD, one char for one, by the SPI name
 * {@value #NAME}. It takes no arguments. Put it first in a chain with Lucene's StandardTokenizer, which gives a
 * final offset of 0 for text that ends in a lone high surrogate; {@link RasmAnalyzer} does this itself.
 *
 * <pre class="prettyprint">
 * &lt;charFilter name="rasmUnpairedSurrogates"/&gt;
 * </pre>
 */
public class RasmUnpairedSurrogatesCharFilterFactory extends CharFilterFactory {
  /** SPI name */
  public static final String NAME = "rasmUnpairedSurrogates";

  public RasmUnpairedSurrogatesCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public RasmUnpairedSurrogatesCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new UnpairedSurrogates(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
