package org.sdghub.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Loads the demo funding through funding-service's API, each call as the organisation that would
 * make it: the demo exchange rates as the Regional Centre's coordinator; two donors' webhook
 * subscriptions to the launcher's receiver; then every demo transaction ({@value #RESOURCE}) as its
 * reporter — a donor for what it pledges, commits and disburses, the receiving agency for the funds
 * it acknowledges and what it spends. funding-service learns projects from their events, so a
 * transaction refused for a project it does not know yet is tried again for a while.
 */
final class DemoFunding {

  static final String RESOURCE = "/demo/funding.json";
  static final List<String> SUBSCRIBERS = List.of("EU-INTPA", "JICA");
  static final String SUBSCRIPTION_DESCRIPTION = "SDG Hub local stack: the demo receiver";
  private static final Set<String> REPORTED_BY_RECEIVER = Set.of("incoming-funds");
  private static final Set<String> REPORTED_AS_PARTNER = Set.of("incoming-funds", "expenditure");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** What was loaded, for the launcher's one line. */
  record Summary(int loaded, int alreadyThere, int errors, int subscriptions) {
    String line() {
      return String.format(
          "demo data: %d transactions loaded, %d already there%s; %d webhook subscriptions",
          loaded, alreadyThere, errors == 0 ? "" : ", " + errors + " refused", subscriptions);
    }
  }

  private final Path privateKey;
  private final String funding;
  private final Map<String, UUID> organisations;
  private final Map<String, UUID> projects;
  private final PrintStream out;
  private final Map<String, DemoHttp> callers = new HashMap<>();

  DemoFunding(
      Path privateKey,
      String funding,
      Map<String, UUID> organisations,
      Map<String, UUID> projects,
      PrintStream out) {
    this.privateKey = privateKey;
    this.funding = funding;
    this.organisations = organisations;
    this.projects = projects;
    this.out = out;
  }

  /** Loads the rates, the subscriptions and the transactions; throws only if a service is down. */
  Summary load(Path ratesCsv, DemoWebhookReceiver receiver)
      throws IOException, InterruptedException {
    HttpResponse<String> rates =
        DemoHttp.withKey(privateKey)
            .postText(
                URI.create(funding + "/api/v1/exchange-rates"),
                "text/csv",
                Files.readString(ratesCsv));
    if (rates.statusCode() >= 300) {
      throw new IOException(
          "funding-service refused the demo exchange rates: "
              + rates.statusCode()
              + " "
              + DemoHttp.detail(rates));
    }
    int subscriptions = subscribe(receiver);
    int[] counts = new int[3];
    List<JsonNode> pending = transactions();
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!pending.isEmpty()) {
      pending = round(pending, counts, Instant.now().isAfter(deadline));
      if (!pending.isEmpty()) {
        Thread.sleep(2000);
      }
    }
    return new Summary(counts[0], counts[1], counts[2], subscriptions);
  }

  /** Tries each once; returns those refused for a project funding-service does not know yet. */
  private List<JsonNode> round(List<JsonNode> transactions, int[] counts, boolean last)
      throws IOException, InterruptedException {
    List<JsonNode> again = new ArrayList<>();
    for (JsonNode transaction : transactions) {
      HttpResponse<String> answer = post(transaction);
      int status = answer.statusCode();
      if (status < 300) {
        counts[DemoHttp.header(answer, DemoData.REPLAYED_HEADER).isPresent() ? 1 : 0]++;
      } else if (!last && status == 422 && namesTheProject(answer)) {
        again.add(transaction);
      } else {
        counts[2]++;
        out.println(
            "demo data: transaction "
                + transaction.path("key").asText()
                + " not loaded: "
                + status
                + " "
                + DemoHttp.detail(answer));
      }
    }
    return again;
  }

  private HttpResponse<String> post(JsonNode transaction) throws IOException, InterruptedException {
    String type = transaction.path("type").asText();
    String reporter =
        transaction.path(REPORTED_BY_RECEIVER.contains(type) ? "receiver" : "provider").asText();
    ObjectNode body = DemoHttp.JSON.createObjectNode();
    body.put("type", type);
    body.put("projectId", id(projects, transaction.path("project").asText()).toString());
    body.put(
        "providerOrganisationId",
        id(organisations, transaction.path("provider").asText()).toString());
    if (transaction.path("receiver").isTextual()) {
      body.put(
          "receiverOrganisationId",
          id(organisations, transaction.path("receiver").asText()).toString());
    }
    body.put("amount", transaction.path("amount").asText());
    body.put("currency", transaction.path("currency").asText());
    body.put("valueDate", transaction.path("valueDate").asText());
    body.set("description", transaction.path("description").deepCopy());
    String role = REPORTED_AS_PARTNER.contains(type) ? "partner" : "donor";
    return caller(reporter, role)
        .post(
            URI.create(funding + "/api/v1/funding/transactions"),
            transaction.path("key").asText(),
            body,
            null);
  }

  /** Replaces the subscriptions an earlier run left (their receiver is gone) with new ones. */
  private int subscribe(DemoWebhookReceiver receiver) throws IOException, InterruptedException {
    int made = 0;
    URI subscriptions = URI.create(funding + "/api/v1/webhooks/subscriptions");
    for (String donor : SUBSCRIBERS) {
      if (!organisations.containsKey(donor)) {
        continue;
      }
      DemoHttp http = caller(donor, "donor");
      removeEarlier(http, subscriptions);
      ObjectNode request = DemoHttp.JSON.createObjectNode();
      request.put("url", receiver.url(donor));
      request.put("description", SUBSCRIPTION_DESCRIPTION);
      request
          .putArray("eventTypes")
          .add("org.sdghub.funding.transaction.recorded.v1")
          .add("org.sdghub.funding.transaction.corrected.v1")
          .add("org.sdghub.funding.transaction.withdrawn.v1")
          .add("org.sdghub.project.updated.v1")
          .add("org.sdghub.project.status-changed.v1");
      HttpResponse<String> created = http.post(subscriptions, null, request, null);
      JsonNode body = DemoHttp.body(created);
      if (created.statusCode() != 201 || !body.path("secret").isTextual()) {
        throw new IOException(
            donor
                + "'s webhook subscription: "
                + created.statusCode()
                + " "
                + DemoHttp.detail(created));
      }
      receiver.trust(donor, body.path("secret").asText());
      made++;
    }
    return made;
  }

  private static void removeEarlier(DemoHttp http, URI subscriptions)
      throws IOException, InterruptedException {
    JsonNode list = DemoHttp.body(http.get(URI.create(subscriptions + "?size=100")));
    for (JsonNode subscription : list.path("items")) {
      if (SUBSCRIPTION_DESCRIPTION.equals(subscription.path("description").asText())) {
        http.delete(
            URI.create(subscriptions + "/" + subscription.path("id").asText()),
            "\"" + subscription.path("version").asLong() + "\"");
      }
    }
  }

  private DemoHttp caller(String organisation, String role) {
    UUID id = id(organisations, organisation);
    return callers.computeIfAbsent(role + "/" + id, key -> DemoHttp.as(privateKey, id, role));
  }

  private static UUID id(Map<String, UUID> ids, String key) {
    UUID id = ids.get(key);
    if (id == null) {
      throw new IllegalArgumentException(key + " is not loaded");
    }
    return id;
  }

  private static boolean namesTheProject(HttpResponse<String> response) {
    for (JsonNode error : DemoHttp.body(response).path("errors")) {
      if (error.path("field").asText("").toLowerCase(Locale.ROOT).endsWith("projectid")) {
        return true;
      }
    }
    return false;
  }

  static List<JsonNode> transactions() throws IOException {
    try (InputStream in = DemoFunding.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the launcher's classpath");
      }
      JsonNode file = DemoHttp.JSON.readTree(in);
      if (!file.path("demo").asBoolean(false)) {
        throw new IOException(RESOURCE + " is not marked as demo data");
      }
      List<JsonNode> all = new ArrayList<>();
      file.path("transactions").forEach(all::add);
      return all;
    }
  }
}
