package org.sdghub.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The throughput baseline: a raw Vert.x HTTP server (no Quarkus, no routing, no serialisation)
 * answering {@code GET /baseline} with a fixed JSON body. It shows what this machine can serve at
 * all, so a service's figure can be given as a fraction of it.
 */
public final class BaselineServer implements AutoCloseable {

  /** The one path the server answers. */
  public static final String PATH = "/baseline";

  private static final CharSequence JSON_TYPE = HttpHeaders.createOptimized("application/json");
  // Written as is to every response; Vert.x sends a view of it and never changes it.
  private static final Buffer BODY =
      Buffer.buffer(SampleRecord.JSON.getBytes(StandardCharsets.UTF_8));
  private static final CharSequence BODY_LENGTH =
      HttpHeaders.createOptimized(Integer.toString(BODY.length()));

  private final Vertx vertx;
  private final int port;

  private BaselineServer(Vertx vertx, int port) {
    this.vertx = vertx;
    this.port = port;
  }

  /**
   * Starts the server on 127.0.0.1 at {@code port} (0 for a free one), with one event loop per
   * core, as Quarkus runs its HTTP server.
   */
  public static BaselineServer start(int port) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    int chosen = port == 0 ? freePort() : port;
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(cores));
    try {
      vertx
          .deployVerticle(() -> new Responder(chosen), new DeploymentOptions().setInstances(cores))
          .toCompletionStage()
          .toCompletableFuture()
          .get(30, TimeUnit.SECONDS);
      return new BaselineServer(vertx, chosen);
    } catch (Exception e) {
      vertx.close();
      throw new IOException("Could not start the baseline server on port " + chosen, e);
    }
  }

  public int port() {
    return port;
  }

  /** The URL of the baseline endpoint. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port + PATH);
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Override
  public String toString() {
    return "baseline server at " + url();
  }

  /**
   * Runs the server as a child of the bench ({@link BaselineProcess}): it prints {@value
   * BaselineProcess#READY_PREFIX}{@code URL} once it answers, and stops when its standard input
   * closes. For a server to point tools at by hand, use {@code bench/run baseline-server}.
   */
  public static void main(String[] args) throws Exception {
    try (BaselineServer server = start(0)) {
      System.out.println(BaselineProcess.READY_PREFIX + server.url());
      System.out.flush();
      while (System.in.read() != -1) {
        // Only the end of the stream matters: the parent has gone.
      }
    }
    System.exit(0);
  }

  // A race with another process taking the port in between is possible and fails loudly.
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** One server instance; Vert.x spreads the connections of one port over all instances. */
  private static final class Responder extends AbstractVerticle {

    private final int port;

    Responder(int port) {
      this.port = port;
    }

    @Override
    public void start(Promise<Void> started) {
      vertx
          .createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
          .requestHandler(Responder::answer)
          .listen()
          .<Void>mapEmpty()
          .onComplete(started);
    }

    private static void answer(HttpServerRequest request) {
      if (request.method() == HttpMethod.GET && PATH.equals(request.path())) {
        request
            .response()
            .putHeader(HttpHeaders.CONTENT_TYPE, JSON_TYPE)
            .putHeader(HttpHeaders.CONTENT_LENGTH, BODY_LENGTH)
            .end(BODY);
      } else {
        request.response().setStatusCode(404).end();
      }
    }
  }
}
