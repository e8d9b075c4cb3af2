package org.rasm.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link RasmNormalizationFilter}, by the SPI name {@value #NAME}. It takes no arguments.
 *
 * <pre class="prettyprint">
 * &lt;filter name="rasmNormalization"/&gt;
 * </pre>
 *
 * It also applies to the terms of wildcard, prefix and fuzzy queries ({@link #normalize}), which skip tokenizing.
 */
public class RasmNormalizationFilterFactory extends TokenFilterFactory {
  /** SPI name */
  public static final String NAME = "rasmNormalization";

  public RasmNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public RasmNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new RasmNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
