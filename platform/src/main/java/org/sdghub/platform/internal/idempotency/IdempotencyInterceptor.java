package org.sdghub.platform.internal.idempotency;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.sdghub.platform.Caller;
import org.sdghub.platform.Idempotent;
import org.sdghub.platform.internal.http.StrictJsonResolver;

/**
 * Runs an {@link Idempotent} resource method with an {@code Idempotency-Key} in one transaction
 * that also stores its response: a replay finds the stored response, the same key with another
 * request is a 422, a key still in flight a 409. Only responses below 400 are stored; an error
 * response rolls the transaction back, so a retry runs the request again and nothing is replayed
 * whose work was undone.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class IdempotencyInterceptor {

  private final CurrentIdempotentRequest current;
  private final IdempotencyStore store;
  private final Caller caller;
  private final TransactionManager transactions;
  private final StrictJsonResolver json;
  private final IdempotencyConfig config;
  private final IdempotencyMetrics metrics;

  IdempotencyInterceptor(
      CurrentIdempotentRequest current,
      IdempotencyStore store,
      Caller caller,
      TransactionManager transactions,
      StrictJsonResolver json,
      IdempotencyConfig config,
      IdempotencyMetrics metrics) {
    this.current = current;
    this.store = store;
    this.caller = caller;
    this.transactions = transactions;
    this.json = json;
    this.config = config;
    this.metrics = metrics;
  }

  @AroundInvoke
  Object around(InvocationContext invocation) throws Exception {
    if (!Response.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
      // Checked on every call, key or not, so that the first test of the endpoint fails.
      throw new IllegalStateException(
          "@Idempotent " + invocation.getMethod() + " must return Response, to be replayable");
    }
    Optional<IdempotentRequest> request = current.get();
    if (request.isEmpty()) {
      return invocation.proceed();
    }
    if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
      throw new IllegalStateException("An @Idempotent method must not run inside a transaction");
    }
    transactions.begin();
    try {
      return inTransaction(request.get(), caller.organisationId(), invocation);
    } finally {
      if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transactions.rollback();
      }
    }
  }

  /** Ends the transaction by committing only when a response was stored. */
  private Object inTransaction(IdempotentRequest request, UUID organisation, InvocationContext call)
      throws Exception {
    if (!store.tryLock(organisation, request.key())) {
      metrics.inFlight();
      throw new IdempotencyProblems.KeyInUse();
    }
    Optional<IdempotencyStore.Entry> stored = store.find(organisation, request.key());
    if (stored.isPresent()) {
      if (!request.sameAs(stored.get().fingerprint())) {
        metrics.reused();
        throw new IdempotencyProblems.KeyReused();
      }
      metrics.replayed();
      return stored.get().response().toResponse(true);
    }
    Response response = (Response) call.proceed();
    if (response.getStatus() >= 400) {
      return response;
    }
    StoredResponse first = ResponseCapture.capture(response, json.mapper());
    store.save(organisation, request, first, config.retention());
    transactions.commit();
    metrics.first();
    return first.toResponse(false);
  }
}
