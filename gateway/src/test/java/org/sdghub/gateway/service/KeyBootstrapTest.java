package org.sdghub.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.sdghub.gateway.domain.ApiKey;
import org.sdghub.gateway.domain.ApiKeySecret;
import org.sdghub.gateway.repository.ApiKeyRepository;
import org.sdghub.gateway.support.GatewayServersResource;
import org.sdghub.platform.Role;

@QuarkusTest
class KeyBootstrapTest {

  @Inject KeyBootstrap bootstrap;
  @Inject ApiKeyRepository keys;

  @Test
  @Transactional
  void theConfiguredKeyIsACoordinatorOfTheConfiguredOrganisationStoredHashed() {
    ApiKeySecret secret = ApiKeySecret.parse(GatewayServersResource.BOOTSTRAP_KEY).orElseThrow();
    ApiKey stored = keys.findByHash(secret.hash()).orElseThrow();
    assertEquals(EnumSet.of(Role.COORDINATOR), stored.roleSet());
    assertEquals(
        UUID.fromString(GatewayServersResource.BOOTSTRAP_ORGANISATION), stored.organisationId);
    assertEquals(KeyBootstrap.CREATOR, stored.createdBy);
    assertEquals(secret.prefix(), stored.prefix);
    assertTrue(stored.isActive());
  }

  @Test
  void startingAgainCreatesNoSecondKey() {
    long before = keys.count();
    bootstrap.onStart(null);
    assertEquals(before, keys.count());
  }

  @Test
  void aGeneratedKeyGoesToAFileOnlyItsOwnerReadsAndNeverToTheLogInProduction() throws Exception {
    Path file = Path.of("target", "test-bootstrap-api-key").toAbsolutePath();
    Files.deleteIfExists(file);
    List<String> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(
                record.getParameters() == null
                    ? record.getMessage()
                    : record.getMessage() + " " + Arrays.toString(record.getParameters()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger logger =
        java.util.logging.Logger.getLogger(KeyBootstrap.class.getName());
    logger.addHandler(capture);
    ApiKeySecret secret = ApiKeySecret.generate();
    try {
      bootstrap.reveal(secret, LaunchMode.NORMAL);
    } finally {
      logger.removeHandler(capture);
    }
    assertEquals(secret.reveal(), Files.readString(file).strip());
    assertEquals(
        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(file));
    assertFalse(logged.isEmpty(), "the start says where the key went");
    for (String line : logged) {
      assertFalse(line.contains(secret.reveal()), "the key itself was logged: " + line);
      assertTrue(line.contains(file.toString()), line);
    }
    Files.delete(file);
  }
}
