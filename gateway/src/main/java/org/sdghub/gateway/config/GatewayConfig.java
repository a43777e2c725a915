package org.sdghub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The gateway's settings ({@code sdghub.gateway.*}): the services behind it and the public paths
 * each serves, how requests are forwarded, API keys, the internal token and rate limits.
 */
@ConfigMapping(prefix = "sdghub.gateway")
public interface GatewayConfig {

  /** The services behind the gateway by name; routing is this map, not code. */
  Map<String, Service> services();

  /**
   * The gateway's public base URL (for example {@code https://api.sdghub.org}), used in {@code
   * Location} headers and as the OpenAPI server; when absent, locations are relative and the
   * OpenAPI server is {@code /}. Never taken from a request's {@code Host}, which the caller sets.
   */
  Optional<URI> publicUrl();

  /**
   * A coordinator key to create on first start ({@code SDGHUB_BOOTSTRAP_API_KEY}); when absent and
   * no active coordinator key exists, one is generated: written to {@link #bootstrapKeyFile()} in
   * production, logged once in development and tests.
   */
  Optional<String> bootstrapKey();

  /**
   * Where a generated bootstrap key is written in production ({@code SDGHUB_BOOTSTRAP_KEY_FILE}),
   * readable only by the gateway's user; never to a log.
   */
  @WithDefault("bootstrap-api-key")
  java.nio.file.Path bootstrapKeyFile();

  /**
   * The organisation of the bootstrap key ({@code SDGHUB_BOOTSTRAP_ORGANISATION}); the nil UUID
   * when absent.
   */
  Optional<UUID> bootstrapOrganisation();

  /** How requests are forwarded. */
  Proxy proxy();

  /** How API keys are checked. */
  Keys keys();

  /** The internal token the gateway signs for the services. */
  Token token();

  /** Requests allowed per API key. */
  RateLimit rateLimit();

  /** The unified OpenAPI document. */
  OpenApi openapi();

  /** What the gateway's readiness says about the services. */
  Health health();

  /** One service behind the gateway. */
  interface Service {

    /** The service's base URL, scheme, host and port only (for example http://127.0.0.1:8081). */
    URI url();

    /** The public path prefixes it serves, each starting with {@code /api/}. */
    List<String> prefixes();

    /** This service's own response timeout, when it differs from the proxy's. */
    Optional<Duration> responseTimeout();

    /**
     * The base URL of its management interface, where its health is read (for example
     * http://127.0.0.1:9081); unset, the health is read at {@link #url()}.
     */
    Optional<URI> managementUrl();
  }

  /** Forwarding limits. */
  interface Proxy {

    /** How long to wait for a connection to a service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may stay silent (before and while answering) before a 504. */
    @WithDefault("30s")
    Duration responseTimeout();

    /** Connections kept to each service. */
    @WithDefault("50")
    int maxConnections();

    /** Requests that may wait for a connection to one service before the gateway answers 503. */
    @WithDefault("500")
    int maxWaiting();

    /**
     * The request headers a service may receive from a caller, all others being dropped (an
     * allow-list: a header nobody thought of, such as {@code X-Real-IP}, {@code Via} or {@code
     * X-HTTP-Method-Override}, never reaches a service). The gateway then sets {@code
     * Authorization}, {@code X-Request-Id} and {@code X-Forwarded-For/-Proto/-Host} itself, and the
     * body's framing headers ({@code Content-Length}, {@code Transfer-Encoding}) are the proxy's.
     */
    @WithDefault(
        "Accept,Accept-Encoding,Accept-Language,Content-Type,Content-Language,If-Match,"
            + "If-None-Match,If-Modified-Since,If-Unmodified-Since,Idempotency-Key,Prefer,"
            + "Cache-Control,User-Agent,traceparent,tracestate,baggage")
    List<String> forwardedHeaders();
  }

  /** API key checks. */
  interface Keys {

    /** How long a looked-up key is trusted without asking the database: bounds revocation delay. */
    @WithDefault("5s")
    Duration cacheTtl();

    /** How many keys found active or revoked are remembered. */
    @WithDefault("10000")
    long cacheSize();

    /**
     * How many presented secrets that match no key are remembered, apart from the keys found, so
     * that a flood of random keys neither reaches the database nor pushes real keys out.
     */
    @WithDefault("10000")
    long unknownCacheSize();

    /** How long a secret that matched no key is answered 401 without asking the database. */
    @WithDefault("2s")
    Duration unknownCacheTtl();

    /**
     * Failed authentications (answers 401) a client address may have per minute, refilled
     * gradually; past them its requests answer 429 until one is refilled.
     */
    @WithDefault("30")
    int failuresPerMinute();

    /** How many client addresses' failures are tracked; the least recent are dropped first. */
    @WithDefault("100000")
    long failureAddresses();
  }

  /** The internal JWT. */
  interface Token {

    /** The PEM (PKCS#8) RSA private key, {@code file:} or classpath location. */
    String signingKeyLocation();

    /** How long a token is valid. */
    @WithDefault("60s")
    Duration lifetime();

    /**
     * Further keys the JWKS publishes beside the signing key (PEM, public or private, {@code file:}
     * or classpath locations): the next key before it signs, the previous one until the tokens it
     * signed have expired.
     */
    Optional<List<String>> publishedKeyLocations();

    /** How often the key files are read again, so that a rotation needs no restart. */
    @WithDefault("30s")
    Duration reloadEvery();

    /** How long a service may keep the JWKS before asking again ({@code Cache-Control}). */
    @WithDefault("60s")
    Duration jwksMaxAge();
  }

  /** The per-key rate limit, shared by every gateway instance through PostgreSQL. */
  interface RateLimit {

    /** Whether requests are limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a key may make per minute, refilled gradually, unless the key sets its own. */
    @WithDefault("600")
    int requestsPerMinute();
  }

  /** The unified OpenAPI document. */
  interface OpenApi {

    /** How long the services' documents are reused before being fetched again. */
    @WithDefault("30s")
    Duration refreshEvery();

    /** How long fetching one service's document may take. */
    @WithDefault("5s")
    Duration fetchTimeout();
  }

  /** Readiness. */
  interface Health {

    /** How long one service's readiness check may take. */
    @WithDefault("2s")
    Duration upstreamTimeout();

    /**
     * The services without which the gateway reports itself not ready. None by default: one service
     * down must not take the whole front door out of the load balancer.
     */
    Optional<List<String>> requiredServices();
  }
}
