package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The ready-to-use API keys the launcher prints beside the coordinator's: one per role a newcomer
 * wants to try (a partner agency, a donor, a viewer), issued through the gateway's own {@code POST
 * /api/v1/api-keys} with the coordinator's key, as a coordinator would issue them. Kept beside the
 * run's keys (owner-only), so a run on kept data prints the same keys again.
 */
final class DemoApiKeys {

  /** A key to print: whose it is, its role, and the secret. */
  record RoleKey(String label, String role, String key) {}

  /** Who gets which key: the demo organisation's key (null: the Regional Centre) and the role. */
  record Wanted(String label, String organisation, String role) {}

  static final List<Wanted> WANTED =
      List.of(
          new Wanted("partner agency (UNDP)", "UNDP", "partner"),
          new Wanted("donor (the EU)", "EU-INTPA", "donor"),
          new Wanted("viewer (the Regional Centre)", null, "viewer"));

  private static final String FILE = "demo-api-keys.properties";

  private final DemoHttp gateway;
  private final String gatewayUrl;
  private final Path file;

  DemoApiKeys(DemoHttp gateway, String gatewayUrl, Path keysDir) {
    this.gateway = gateway;
    this.gatewayUrl = gatewayUrl;
    this.file = keysDir.resolve(FILE);
  }

  /**
   * The keys of {@link #WANTED} whose organisation is known ({@code ids}, by demo key), issued now
   * or read from an earlier run's file; an organisation not loaded gets no key.
   */
  List<RoleKey> issue(Map<String, UUID> ids) throws IOException, InterruptedException {
    Properties kept = read();
    List<RoleKey> keys = new ArrayList<>();
    for (Wanted wanted : WANTED) {
      UUID organisation =
          wanted.organisation() == null
              ? DemoToken.REGIONAL_CENTRE
              : ids.get(wanted.organisation());
      if (organisation == null) {
        continue;
      }
      String name = wanted.role() + "." + organisation;
      String key = kept.getProperty(name);
      if (key == null) {
        key = create(wanted, organisation);
        kept.setProperty(name, key);
        write(kept);
      }
      keys.add(new RoleKey(wanted.label(), wanted.role(), key));
    }
    return keys;
  }

  private String create(Wanted wanted, UUID organisation) throws IOException, InterruptedException {
    ObjectNode request = DemoHttp.JSON.createObjectNode();
    request.put("organisationId", organisation.toString());
    request.put("name", "Demo key: " + wanted.label());
    request.putArray("roles").add(wanted.role());
    // Not retried with an Idempotency-Key: the gateway never stores a key's secret to replay it.
    HttpResponse<String> response =
        gateway.post(URI.create(gatewayUrl + "/api/v1/api-keys"), null, request, null);
    JsonNode body = DemoHttp.body(response);
    if (response.statusCode() != 201 || !body.path("key").isTextual()) {
      throw new IOException(
          "the gateway did not issue the "
              + wanted.label()
              + " key: "
              + response.statusCode()
              + " "
              + DemoHttp.detail(response));
    }
    return body.path("key").asText();
  }

  private Properties read() throws IOException {
    Properties kept = new Properties();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        kept.load(in);
      }
    }
    return kept;
  }

  private void write(Properties kept) throws IOException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      kept.store(out, "API keys of the local stack's demo, issued through the gateway");
    }
  }
}
