package org.sdghub.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

  private static final Path ROOT = Path.of("/repo");

  @Test
  void externalServersAndADataDirectoryAreTakenFromTheCommandLine() {
    StackOptions options =
        StackOptions.parse(
            new String[] {
              "--data-dir", "data",
              "--postgres-url", "jdbc:postgresql://db:5432/postgres",
              "--postgres-user", "hub",
              "--postgres-password", "secret",
              "--kafka-bootstrap", "kafka:9092",
              "--port-base", "9000"
            },
            ROOT);

    assertEquals(Optional.of(Path.of("data")), options.servers().dataDir());
    assertEquals(
        Optional.of("jdbc:postgresql://db:5432/postgres"), options.servers().postgresUrl());
    assertEquals("hub", options.servers().postgresUser());
    assertEquals("secret", options.servers().postgresPassword());
    assertEquals(Optional.of("kafka:9092"), options.servers().kafkaBootstrap());
    assertEquals(9000, options.portBase());
    assertEquals(9001, ServiceSpec.all(options.portBase()).get(0).port());
    assertEquals(10001, ServiceSpec.all(options.portBase()).get(0).managementPort());
  }

  @Test
  void demoDataIsLoadedUnlessTurnedOff() {
    assertTrue(StackOptions.parse(new String[] {}, ROOT).demoData());
    assertFalse(StackOptions.parse(new String[] {"--no-demo"}, ROOT).demoData());
    assertFalse(StackOptions.parse(new String[] {"--no-demo-data"}, ROOT).demoData());
    assertTrue(StackOptions.USAGE.contains("--no-demo "));
  }

  @Test
  void anUnknownOptionIsRefusedWithTheUsage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StackOptions.parse(new String[] {"--datadir", "x"}, ROOT));
    assertTrue(e.getMessage().startsWith("Unknown option --datadir"), e.getMessage());
    assertTrue(e.getMessage().contains("--data-dir DIR"));
  }

  @Test
  void aPortMustBeANumberInRange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StackOptions.parse(new String[] {"--kafka-port", "99999"}, ROOT));
    assertEquals("--kafka-port takes a port number, not '99999'", e.getMessage());
  }

  @Test
  void anOptionWithoutItsValueIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StackOptions.parse(new String[] {"--data-dir"}, ROOT));
    assertEquals("--data-dir needs a value", e.getMessage());
  }
}
