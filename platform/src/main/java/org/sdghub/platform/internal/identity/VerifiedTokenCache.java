package org.sdghub.platform.internal.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the gateway's internal tokens as smallrye-jwt does, and remembers each one that passed
 * until it expires (with the same clock skew the verifier allows). The gateway reuses a token for
 * many requests of one API key, and an RS256 verification costs more than the rest of a typical
 * read; a token that failed is never remembered, so it fails again on its own merits.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

  private static final int MAX_TOKENS = 10_000;

  private final DefaultJWTParser verifier;
  private final Cache<String, JsonWebToken> verified;
  private final Counter hits;
  private final Counter misses;

  VerifiedTokenCache(DefaultJWTParser verifier, JWTAuthContextInfo context, MeterRegistry meters) {
    this.verifier = verifier;
    Duration skew = Duration.ofSeconds(Math.max(0, context.getClockSkew()));
    this.verified =
        Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfter(untilExpiry(skew)).build();
    this.hits =
        Counter.builder("sdghub.identity.tokens")
            .description("Internal tokens checked, by whether a remembered verification answered")
            .tag("verification", "remembered")
            .register(meters);
    this.misses =
        Counter.builder("sdghub.identity.tokens")
            .description("Internal tokens checked, by whether a remembered verification answered")
            .tag("verification", "performed")
            .register(meters);
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    JsonWebToken known = verified.getIfPresent(token);
    if (known != null) {
      hits.increment();
      return known;
    }
    misses.increment();
    JsonWebToken checked = verifier.parse(token);
    verified.put(token, checked);
    return checked;
  }

  // The other ways in take keys or settings of the caller's choosing: verified every time.

  @Override
  public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
    return verifier.parse(token, context);
  }

  @Override
  public JsonWebToken verify(String token, PublicKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, SecretKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, String secret) throws ParseException {
    return verifier.verify(token, secret);
  }

  @Override
  public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, String secret) throws ParseException {
    return verifier.decrypt(token, secret);
  }

  @Override
  public JsonWebToken parseOnly(String token) throws ParseException {
    return verifier.parseOnly(token);
  }

  /** A remembered token lapses when the verifier would start refusing it. */
  private static Expiry<String, JsonWebToken> untilExpiry(Duration skew) {
    return new Expiry<>() {
      @Override
      public long expireAfterCreate(String token, JsonWebToken jwt, long now) {
        Instant refusedFrom = Instant.ofEpochSecond(jwt.getExpirationTime()).plus(skew);
        return Math.max(0, Duration.between(Instant.now(), refusedFrom).toNanos());
      }

      @Override
      public long expireAfterUpdate(String token, JsonWebToken jwt, long now, long remaining) {
        return expireAfterCreate(token, jwt, now);
      }

      @Override
      public long expireAfterRead(String token, JsonWebToken jwt, long now, long remaining) {
        return remaining;
      }
    };
  }
}
