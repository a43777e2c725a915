package org.sdghub.funding.client;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.domain.WebhookTarget;

/**
 * POSTs webhook messages to donor systems. It connects to the address the SSRF rules checked and
 * names the original host in the Host header and in TLS's SNI, so that no second name lookup can
 * send the message elsewhere; redirects are not followed. {@link #send} does not block; {@link
 * #post} waits for the answer.
 */
@ApplicationScoped
public class WebhookHttpClient {

  private static final Logger LOG = Logger.getLogger(WebhookHttpClient.class);

  /** What a POST came to: a status (null if none came), Retry-After, the answer's start, or why. */
  public record Answer(Integer status, String retryAfter, String excerpt, String error) {

    public boolean success() {
      return status != null && status >= 200 && status < 300;
    }
  }

  private final Vertx vertx;
  private final HttpClient pooled;
  // For the one retry of a request that never left: a connection of its own, not a kept-alive one.
  private final HttpClient fresh;
  private final Duration timeout;
  private final int excerptSize;

  WebhookHttpClient(Vertx vertx, WebhooksConfig config) {
    this.vertx = vertx;
    this.timeout = config.timeout();
    this.excerptSize = config.responseExcerptSize();
    this.pooled = vertx.createHttpClient(options(config).setKeepAlive(true));
    this.fresh = vertx.createHttpClient(options(config).setKeepAlive(false));
  }

  private static HttpClientOptions options(WebhooksConfig config) {
    return new HttpClientOptions()
        .setForceSni(true)
        .setMaxPoolSize(config.dispatcher().concurrency())
        .setConnectTimeout((int) config.timeout().toMillis());
  }

  /**
   * POSTs {@code body} with {@code headers} to the checked target without waiting: the answer comes
   * within the timeout, on an event loop.
   */
  public CompletionStage<Answer> send(
      WebhookTarget target, Map<String, String> headers, String body) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Buffer payload = Buffer.buffer(body.getBytes(StandardCharsets.UTF_8));
    return exchange(pooled, options(target, headers), payload, deadline)
        .compose(
            first -> {
              if (first.answer().status() != null || first.written() || left(deadline) <= 0) {
                return Future.succeededFuture(first.answer());
              }
              // The request failed before it was written (a kept-alive connection the receiver
              // had closed): the receiver cannot have seen it, so it is sent once more at once,
              // on a new connection.
              LOG.debugf(
                  "Webhook request to %s not sent (%s); once more", target.host(), first.answer());
              return exchange(fresh, options(target, headers), payload, deadline)
                  .map(Exchange::answer);
            })
        .toCompletionStage();
  }

  /** POSTs and waits for the answer; for callers that may block (never an event loop). */
  public Answer post(WebhookTarget target, Map<String, String> headers, String body) {
    return send(target, headers, body).toCompletableFuture().join();
  }

  private static RequestOptions options(WebhookTarget target, Map<String, String> headers) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setServer(
                SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
            .setHost(target.host())
            .setPort(target.port())
            .setSsl(target.https())
            .setURI(target.pathAndQuery())
            .setFollowRedirects(false);
    headers.forEach(options::putHeader);
    return options;
  }

  /** One request and its answer; {@code written} says whether the request left entirely. */
  private record Exchange(Answer answer, boolean written) {}

  private Future<Exchange> exchange(
      HttpClient client, RequestOptions options, Buffer body, long deadline) {
    Promise<Exchange> result = Promise.promise();
    AtomicBoolean written = new AtomicBoolean();
    AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
    long timer =
        vertx.setTimer(
            Math.max(1, TimeUnit.NANOSECONDS.toMillis(left(deadline))),
            fired -> {
              Answer none =
                  new Answer(null, null, null, "no answer within " + timeout.toSeconds() + " s");
              if (result.tryComplete(new Exchange(none, true))) {
                abandon(sent.get());
              }
            });
    client
        .request(options)
        .compose(
            request -> {
              sent.set(request);
              if (result.future().isComplete()) {
                // Connected after the time was up: the request must not go.
                abandon(request);
                return Future.failedFuture("given up before it was sent");
              }
              // The answer's handlers are in place before the request goes, so that no part of
              // the answer can come before them.
              Future<Answer> read = request.response().compose(this::read);
              request.end(body).onSuccess(done -> written.set(true));
              return read;
            })
        .onComplete(
            done -> {
              vertx.cancelTimer(timer);
              Answer answer =
                  done.succeeded()
                      ? done.result()
                      : new Answer(null, null, null, describe(done.cause()));
              result.tryComplete(new Exchange(answer, written.get()));
            });
    return result.future();
  }

  // A request given up on must not keep its connection, nor hand it back half read. One that has
  // its answer by now is never given up on (the answer completes first), so no connection kept
  // alive for the next delivery is closed.
  private static void abandon(HttpClientRequest request) {
    if (request != null) {
      request.reset();
    }
  }

  private Future<Answer> read(HttpClientResponse response) {
    Buffer excerpt = Buffer.buffer();
    response.handler(
        chunk -> {
          int room = excerptSize - excerpt.length();
          if (room > 0) {
            excerpt.appendBuffer(chunk, 0, Math.min(room, chunk.length()));
          }
        });
    return response
        .end()
        .map(
            done ->
                new Answer(
                    response.statusCode(),
                    response.getHeader("Retry-After"),
                    excerpt.toString(StandardCharsets.UTF_8),
                    null));
  }

  private static long left(long deadline) {
    return deadline - System.nanoTime();
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    String kind = cause.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message;
  }

  @PreDestroy
  void close() {
    pooled.close();
    fresh.close();
  }
}
