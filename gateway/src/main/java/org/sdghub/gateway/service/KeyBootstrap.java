package org.sdghub.gateway.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.sdghub.gateway.config.GatewayConfig;
import org.sdghub.gateway.domain.ApiKey;
import org.sdghub.gateway.domain.ApiKeySecret;
import org.sdghub.gateway.repository.ApiKeyRepository;
import org.sdghub.platform.Role;

/**
 * Makes sure somebody can get in on first start: creates the configured coordinator key, or, when
 * none is configured and no active coordinator key exists, generates one and logs it once.
 */
@ApplicationScoped
public class KeyBootstrap {

  /** The {@code created_by} of keys made here rather than by a coordinator. */
  public static final String CREATOR = "bootstrap";

  /** The organisation of the bootstrap key when none is configured. */
  public static final UUID NO_ORGANISATION = new UUID(0, 0);

  private static final Logger LOG = Logger.getLogger(KeyBootstrap.class);

  private final ApiKeyRepository keys;
  private final GatewayConfig config;

  KeyBootstrap(ApiKeyRepository keys, GatewayConfig config) {
    this.keys = keys;
    this.config = config;
  }

  @Transactional
  void onStart(@Observes StartupEvent started) {
    keys.lockBootstrap();
    if (config.bootstrapKey().isPresent()) {
      ensureConfiguredKey(config.bootstrapKey().get());
    } else if (!keys.anyActiveCoordinator()) {
      ApiKeySecret secret = ApiKeySecret.generate();
      keys.persist(coordinatorKey(secret, "Generated bootstrap key"));
      LOG.warnf(
          "No coordinator API key existed: generated %s. It is shown only now; create keys with"
              + " it at /api/v1/api-keys and revoke it, or set SDGHUB_BOOTSTRAP_API_KEY.",
          secret.reveal());
    }
  }

  private void ensureConfiguredKey(String configured) {
    ApiKeySecret secret =
        ApiKeySecret.parse(configured)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "sdghub.gateway.bootstrap-key must be "
                            + ApiKeySecret.MIN_LENGTH
                            + " or more visible ASCII characters"));
    var existing = keys.findByHash(secret.hash());
    if (existing.isEmpty()) {
      keys.persist(coordinatorKey(secret, "Configured bootstrap key"));
      LOG.infof("Created the configured bootstrap coordinator key %s", secret);
    } else if (!existing.get().isActive()) {
      // A revocation is never undone by a restart.
      LOG.warnf("The configured bootstrap key %s was revoked and stays revoked", secret);
    }
  }

  private ApiKey coordinatorKey(ApiKeySecret secret, String name) {
    UUID organisation = config.bootstrapOrganisation().orElse(NO_ORGANISATION);
    return ApiKey.issue(secret, organisation, name, EnumSet.of(Role.COORDINATOR), CREATOR);
  }
}
