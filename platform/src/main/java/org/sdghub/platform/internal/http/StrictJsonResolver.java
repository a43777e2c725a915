package org.sdghub.platform.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.sdghub.platform.StrictJson;

/**
 * Gives the REST layer the {@link StrictJson} mapper, so a misspelt field or a value of the wrong
 * type is a 400 rather than silently dropped or converted data; the application-wide mapper stays
 * tolerant because event consumers must accept fields added to a newer event version.
 */
@Provider
// Server only: a REST client reading another service stays a tolerant reader.
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJsonResolver implements ContextResolver<ObjectMapper> {

  private final ObjectMapper strict;

  StrictJsonResolver(StrictJson json) {
    this.strict = json.mapper();
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return strict;
  }

  /** The mapper HTTP bodies are read and written with. */
  public ObjectMapper mapper() {
    return strict;
  }
}
