package org.sdghub.partners.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sdghub.partners.Requests.ORGANISATIONS;
import static org.sdghub.partners.Requests.PROBLEM_JSON;
import static org.sdghub.partners.Requests.as;
import static org.sdghub.partners.Requests.asCoordinator;
import static org.sdghub.partners.Requests.asViewer;
import static org.sdghub.partners.Requests.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sdghub.partners.Profiles;
import org.sdghub.partners.Rows;
import org.sdghub.platform.Role;

/** Contacts are kept by coordinators and the organisation itself, and hidden from everyone else. */
@QuarkusTest
class ContactApiTest {

  private static final Map<String, Object> CONTACT =
      Map.of(
          "name", "Aigerim Sadykova",
          "position", "Programme Officer",
          "email", "aigerim.sadykova@example.org",
          "phone", "+7 7172 69 65 44");

  @Inject Rows rows;

  @Test
  void organisationKeepsItsOwnContacts() {
    String org = register(Profiles.unique());
    RequestSpecification partner = as(UUID.fromString(org), Role.PARTNER);

    Response added = partner.body(CONTACT).post(contacts(org));
    added
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("email", equalTo(CONTACT.get("email")));
    String contact = added.path("id");
    assertEquals(contacts(org) + "/" + contact, URI.create(added.header("Location")).getPath());

    Map<String, Object> changed = new HashMap<>(CONTACT);
    changed.put("position", "Head of Office");
    as(UUID.fromString(org), Role.PARTNER)
        .header("If-Match", "\"0\"")
        .body(changed)
        .put(contacts(org) + "/" + contact)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("position", equalTo("Head of Office"));
    as(UUID.fromString(org), Role.PARTNER)
        .get(contacts(org))
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].position", equalTo("Head of Office"));

    as(UUID.fromString(org), Role.PARTNER)
        .header("If-Match", "\"1\"")
        .delete(contacts(org) + "/" + contact)
        .then()
        .statusCode(204);
    assertEquals(0, rows.contactsOf(org));
  }

  @Test
  void coordinatorKeepsAnyOrganisationsContacts() {
    String org = register(Profiles.unique());
    String contact =
        asCoordinator()
            .body(CONTACT)
            .post(contacts(org))
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    asCoordinator()
        .get(contacts(org) + "/" + contact)
        .then()
        .statusCode(200)
        .body("name", equalTo("Aigerim Sadykova"));
  }

  @Test
  void contactsAreHiddenFromAViewer() {
    String org = register(Profiles.unique());
    asCoordinator().body(CONTACT).post(contacts(org)).then().statusCode(201);

    asViewer().get(contacts(org)).then().statusCode(403).contentType(PROBLEM_JSON);
    as(UUID.fromString(org), Role.VIEWER).get(contacts(org)).then().statusCode(403);
  }

  @Test
  void contactsAreHiddenFromOtherOrganisations() {
    String org = register(Profiles.unique());
    String contact =
        asCoordinator()
            .body(CONTACT)
            .post(contacts(org))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    UUID other = UUID.fromString(register(Profiles.unique()));

    as(other, Role.PARTNER).get(contacts(org)).then().statusCode(403);
    as(other, Role.DONOR).get(contacts(org) + "/" + contact).then().statusCode(403);
    as(other, Role.PARTNER).body(CONTACT).post(contacts(org)).then().statusCode(403);
    as(other, Role.PARTNER)
        .header("If-Match", "\"0\"")
        .delete(contacts(org) + "/" + contact)
        .then()
        .statusCode(403);
    assertEquals(1, rows.contactsOf(org));
  }

  @Test
  void contactsAreNotPartOfTheOrganisation() {
    String org = register(Profiles.unique());
    asCoordinator().body(CONTACT).post(contacts(org)).then().statusCode(201);

    asViewer()
        .get(ORGANISATIONS + "/" + org)
        .then()
        .statusCode(200)
        .body(not(containsString("aigerim")));
  }

  @Test
  void contactOfAnotherOrganisationIsNotFoundUnderThisOne() {
    String org = register(Profiles.unique());
    String contact =
        asCoordinator()
            .body(CONTACT)
            .post(contacts(org))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String other = register(Profiles.unique());

    asCoordinator()
        .get(contacts(other) + "/" + contact)
        .then()
        .statusCode(404)
        .body("type", equalTo("https://sdghub.org/problems/contact-not-found"));
    asCoordinator().get(contacts(UUID.randomUUID().toString())).then().statusCode(404);
  }

  @Test
  void invalidContactAnswers400NamingTheField() {
    String org = register(Profiles.unique());
    Map<String, Object> bad = new HashMap<>(CONTACT);
    bad.put("email", "not-an-email");
    asCoordinator()
        .body(bad)
        .post(contacts(org))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("email"));
    asCoordinator()
        .body(Map.of("name", "No Way To Reach"))
        .post(contacts(org))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("email"));
    bad = new HashMap<>(CONTACT);
    bad.put("name", "n".repeat(201));
    asCoordinator()
        .body(bad)
        .post(contacts(org))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    assertEquals(0, rows.contactsOf(org));
  }

  @Test
  void staleOrMissingIfMatchOnAContactIsRefused() {
    String org = register(Profiles.unique());
    String contact =
        asCoordinator()
            .body(CONTACT)
            .post(contacts(org))
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    asCoordinator().body(CONTACT).put(contacts(org) + "/" + contact).then().statusCode(428);
    asCoordinator()
        .header("If-Match", "\"5\"")
        .delete(contacts(org) + "/" + contact)
        .then()
        .statusCode(412);
    assertEquals(1, rows.contactsOf(org));
  }

  private static String contacts(String organisation) {
    return ORGANISATIONS + "/" + organisation + "/contacts";
  }
}
