package org.sdghub.platform.internal.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.ProblemException;
import org.sdghub.platform.StrictJson;

/**
 * Turns a request body that is missing, that {@link BodyScreen} refuses or that Jackson cannot read
 * into a 400 problem naming where: caught here, around the body reader, so that the same exceptions
 * thrown by server code stay 500s.
 */
@Provider
// Server only: a REST client reading another service stays a tolerant reader.
@ConstrainedTo(RuntimeType.SERVER)
public class RequestBodyErrors implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object body = read(context);
    if (body == null) {
      // An empty body or a bare null would reach the resource as null: refuse it here, once.
      throw new InvalidInput(FieldPaths.BODY, "is required");
    }
    return body;
  }

  private static Object read(ReaderInterceptorContext context) throws IOException {
    if (BodyScreen.applies(context.getMediaType())) {
      // Bodies are bounded by the HTTP body limit, so holding one in memory costs little.
      byte[] body = context.getInputStream().readAllBytes();
      BodyScreen.check(body, context.getMediaType());
      context.setInputStream(new ByteArrayInputStream(body));
    }
    try {
      return context.proceed();
    } catch (WebApplicationException e) {
      // Quarkus wraps parse errors in a bare 400; unwrap them to say where the body is wrong.
      if (e.getCause() instanceof JsonProcessingException json && isClientError(json)) {
        throw problemFor(json);
      }
      throw e;
    } catch (JsonProcessingException e) {
      if (isClientError(e)) {
        throw problemFor(e);
      }
      throw e;
    }
  }

  /** A type Jackson cannot handle at all is the server's bug, whatever the client sent. */
  private static boolean isClientError(JsonProcessingException e) {
    return !(e instanceof InvalidDefinitionException);
  }

  private static ProblemException problemFor(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping) {
      String field = FieldPaths.of(mapping.getPath());
      return new InvalidInput(List.of(new FieldError(field, StrictJson.messageFor(mapping))));
    }
    return new MalformedJson(e.getLocation());
  }

  /** Answers 400: the body is not JSON at all, with the line and column where it breaks. */
  static final class MalformedJson extends ProblemException {
    MalformedJson(JsonLocation at) {
      super(400, "malformed-json", "Malformed JSON", describe(at), Map.of());
    }

    private static String describe(JsonLocation at) {
      if (at == null || at.getLineNr() < 0) {
        return "The request body is not valid JSON.";
      }
      return "The request body is not valid JSON at line "
          + at.getLineNr()
          + ", column "
          + at.getColumnNr()
          + ".";
    }
  }
}
