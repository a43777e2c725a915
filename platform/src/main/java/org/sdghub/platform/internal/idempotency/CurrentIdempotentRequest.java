package org.sdghub.platform.internal.idempotency;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Hands the idempotent request read by the HTTP filter to the interceptor around the resource. */
@RequestScoped
public class CurrentIdempotentRequest {

  private IdempotentRequest request;

  void set(IdempotentRequest request) {
    this.request = request;
  }

  Optional<IdempotentRequest> get() {
    return Optional.ofNullable(request);
  }
}
