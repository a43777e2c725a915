package org.sdghub.funding.client;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.domain.WebhookTarget;

/**
 * POSTs webhook messages to donor systems. It connects to the address the SSRF rules checked and
 * names the original host in the Host header and in TLS's SNI, so that no second name lookup can
 * send the message elsewhere; redirects are not followed. Blocks: call it off the event loop.
 */
@ApplicationScoped
public class WebhookHttpClient {

  /** What a POST came to: a status (null if none came), Retry-After, the answer's start, or why. */
  public record Answer(Integer status, String retryAfter, String excerpt, String error) {

    public boolean success() {
      return status != null && status >= 200 && status < 300;
    }
  }

  private final HttpClient client;
  private final Duration timeout;
  private final int excerptSize;

  WebhookHttpClient(Vertx vertx, WebhooksConfig config) {
    this.timeout = config.timeout();
    this.excerptSize = config.responseExcerptSize();
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setForceSni(true)
                .setMaxPoolSize(config.dispatcher().concurrency())
                .setConnectTimeout((int) timeout.toMillis()));
  }

  /** POSTs {@code body} with {@code headers} to the checked target, within the timeout. */
  public Answer post(WebhookTarget target, Map<String, String> headers, String body) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setServer(
                SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
            .setHost(target.host())
            .setPort(target.port())
            .setSsl(target.https())
            .setURI(target.pathAndQuery())
            .setFollowRedirects(false)
            .setIdleTimeout(timeout.toMillis());
    headers.forEach(options::putHeader);
    Future<Answer> answer =
        client
            .request(options)
            .compose(request -> request.send(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8))))
            .compose(this::read);
    try {
      return answer
          .toCompletionStage()
          .toCompletableFuture()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return new Answer(null, null, null, "no answer within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new Answer(null, null, null, describe(cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, null, null, "interrupted");
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

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    String kind = cause.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message;
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
