package org.sdghub.gateway.api;

import io.quarkus.vertx.http.ManagementInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.sdghub.gateway.config.GatewayConfig;
import org.sdghub.gateway.service.TokenKeys;

/**
 * The public keys of the internal tokens as a JWK Set, at {@code /q/jwks} on the management
 * interface: the services read it ({@code mp.jwt.verify.publickey.location}) and read it again when
 * its {@code max-age} has passed or a token names a key they do not know. Not on the public port:
 * nothing outside the cluster needs it.
 */
@ApplicationScoped
public class JwksRoute {

  /** Where the JWK Set is, on the management interface. */
  public static final String PATH = "/q/jwks";

  private final TokenKeys keys;
  private final String cacheControl;

  JwksRoute(TokenKeys keys, GatewayConfig config) {
    this.keys = keys;
    this.cacheControl = "max-age=" + Math.max(0, config.token().jwksMaxAge().toSeconds());
  }

  void register(@Observes ManagementInterface management) {
    management
        .router()
        .get(PATH)
        .handler(
            context ->
                context
                    .response()
                    .putHeader("Content-Type", "application/jwk-set+json")
                    .putHeader("Cache-Control", cacheControl)
                    .end(keys.jwks()));
  }
}
