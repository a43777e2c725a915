package org.sdghub.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code POST} resource method (or every method of a resource class) as honouring the
 * {@code Idempotency-Key} header: a retry with the same key and body gets the first response again
 * instead of repeating the work. The method must return {@code jakarta.ws.rs.core.Response}, must
 * not run in a transaction of its own ({@code REQUIRES_NEW}): the platform opens the transaction
 * the service's {@code @Transactional} joins, and stores the response in it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

  /** The request header carrying the client's key. */
  String HEADER = "Idempotency-Key";

  /** The response header set on a replayed response. */
  String REPLAYED_HEADER = "Idempotent-Replayed";
}
