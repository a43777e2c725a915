package org.sdghub.platform.internal.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the REST layer a copy of the application's {@link ObjectMapper} that refuses unknown
 * fields, so a misspelt field is a 400 rather than silently dropped data; the application-wide
 * mapper stays tolerant because event consumers must accept fields added to a newer event version.
 */
@Provider
// Server only: a REST client reading another service stays a tolerant reader.
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJsonResolver implements ContextResolver<ObjectMapper> {

  private final ObjectMapper strict;

  StrictJsonResolver(ObjectMapper application) {
    this.strict = application.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
