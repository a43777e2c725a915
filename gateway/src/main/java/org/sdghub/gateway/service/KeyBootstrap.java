package org.sdghub.gateway.service;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
 * none is configured and no active coordinator key exists, generates one and hands it over once.
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
      reveal(secret, LaunchMode.current());
    }
  }

  /**
   * Hands a generated key to whoever runs the gateway: in production it goes to a file only this
   * user can read and the log names the file, never the key; in development and tests it is logged.
   * When the file cannot be written the start fails, and the key with it.
   */
  void reveal(ApiKeySecret secret, LaunchMode mode) {
    if (mode != LaunchMode.NORMAL) {
      LOG.warnf(
          "No coordinator API key existed: generated %s. It is shown only now; create keys with"
              + " it at /api/v1/api-keys and revoke it, or set SDGHUB_BOOTSTRAP_API_KEY.",
          secret.reveal());
      return;
    }
    Path file = config.bootstrapKeyFile().toAbsolutePath();
    try {
      writeOwnerOnly(file, secret.reveal());
    } catch (IOException e) {
      throw new IllegalStateException(
          "No coordinator API key existed and the generated one cannot be written to "
              + file
              + " ("
              + e
              + "); set SDGHUB_BOOTSTRAP_API_KEY or SDGHUB_BOOTSTRAP_KEY_FILE",
          e);
    }
    LOG.warnf(
        "No coordinator API key existed: generated %s and wrote it to %s, readable only by this"
            + " user; create keys with it at /api/v1/api-keys, revoke it and delete the file, or"
            + " set SDGHUB_BOOTSTRAP_API_KEY.",
        secret, file);
  }

  private static void writeOwnerOnly(Path file, String key) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(
        file,
        PosixFilePermissions.asFileAttribute(
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
    Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
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
