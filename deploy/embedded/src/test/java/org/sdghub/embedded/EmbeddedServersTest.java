package org.sdghub.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedServersTest {

  @Test
  void postgresRoundTripsRowsInADatabaseOfItsOwn() throws Exception {
    PostgresServer postgres = EmbeddedServers.shared().postgres();
    postgres.createDatabaseIfMissing("roundtrip");
    postgres.createDatabaseIfMissing("roundtrip");

    try (Connection c = postgres.connect("roundtrip");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS place (code text PRIMARY KEY, name text NOT NULL)");
      s.execute("INSERT INTO place VALUES ('KZ-10', 'Абайская область') ON CONFLICT DO NOTHING");
      try (ResultSet rs = s.executeQuery("SELECT name, upper(name), version() FROM place")) {
        assertTrue(rs.next(), "the inserted row is read back");
        assertEquals("Абайская область", rs.getString(1));
        assertEquals("АБАЙСКАЯ ОБЛАСТЬ", rs.getString(2), "Unicode case mapping works");
        // zonky's PostgreSQL 17, or the machine's own (Debian's 15) where it runs unprivileged.
        assertTrue(rs.getString(3).matches("PostgreSQL (1[5-9]|[2-9][0-9])\\..*"), rs.getString(3));
      }
    }
  }

  @Test
  void kafkaDeliversAProducedRecordToAConsumer() throws Exception {
    KafkaBroker kafka = EmbeddedServers.shared().kafka();
    String topic = "test.roundtrip." + UUID.randomUUID();
    kafka.createTopics(List.of(topic), 3);

    RecordMetadata sent;
    try (var producer =
        new KafkaProducer<String, String>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true),
            new StringSerializer(),
            new StringSerializer())) {
      sent = producer.send(new ProducerRecord<>(topic, "KZ", "Aral Sea")).get();
    }

    try (var consumer =
        new KafkaConsumer<String, String>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "roundtrip-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      ConsumerRecord<String, String> received = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (received == null && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          received = r;
        }
      }
      assertTrue(received != null, "no record arrived on " + topic + " within 30 s");
      assertEquals("KZ", received.key());
      assertEquals("Aral Sea", received.value());
      assertEquals(sent.partition(), received.partition());
    }
  }

  @Test
  void theSharedServersStartOncePerJvm() {
    EmbeddedServers first = EmbeddedServers.shared();
    EmbeddedServers second = EmbeddedServers.shared();
    assertSame(first, second);
    assertEquals(1, EmbeddedServers.sharedStartCount());
  }

  @Test
  void closingStopsBothServersAndRemovesTheirTemporaryData() throws Exception {
    EmbeddedServers servers = EmbeddedServers.start(ServerSettings.fromEnvironment());
    Path dir = servers.directory();
    long brokerPid = Long.parseLong(Files.readString(dir.resolve("kafka.pid")).trim());
    long postmasterPid =
        Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).trim());

    servers.close();

    assertFalse(ProcessHandle.of(brokerPid).map(ProcessHandle::isAlive).orElse(false));
    assertFalse(ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false));
    assertFalse(Files.exists(dir), dir + " is removed");
  }
}
