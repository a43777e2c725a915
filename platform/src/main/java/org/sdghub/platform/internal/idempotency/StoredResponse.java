package org.sdghub.platform.internal.idempotency;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.sdghub.platform.Idempotent;

/** A response as it was first sent: status, the headers that describe it, and the body bytes. */
record StoredResponse(int status, Map<String, List<String>> headers, byte[] body) {

  /** The response to send; {@code replayed} marks it as the answer to an earlier request. */
  Response toResponse(boolean replayed) {
    Response.ResponseBuilder response = Response.status(status);
    headers.forEach((name, values) -> values.forEach(value -> response.header(name, value)));
    if (replayed) {
      response.header(Idempotent.REPLAYED_HEADER, "true");
    }
    return body.length == 0 ? response.build() : response.entity(body).build();
  }
}
