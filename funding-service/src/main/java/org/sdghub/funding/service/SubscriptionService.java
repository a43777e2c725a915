package org.sdghub.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sdghub.funding.api.DeliveryViews;
import org.sdghub.funding.api.SubscriptionFilters;
import org.sdghub.funding.api.SubscriptionPatch;
import org.sdghub.funding.api.SubscriptionRequest;
import org.sdghub.funding.api.SubscriptionView;
import org.sdghub.funding.config.WebhooksConfig;
import org.sdghub.funding.domain.SubscriptionNotFound;
import org.sdghub.funding.domain.WebhookEventTypes;
import org.sdghub.funding.domain.WebhookSigner;
import org.sdghub.funding.domain.WebhookSubscription;
import org.sdghub.funding.repository.SubscriptionRepository;
import org.sdghub.funding.service.WebhookPermissions.Manager;
import org.sdghub.platform.FieldError;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;

/** Webhook subscriptions: made, read, changed, removed, and their secrets rotated. */
@ApplicationScoped
public class SubscriptionService {

  private final SubscriptionRepository subscriptions;
  private final WebhookPermissions permissions;
  private final WebhookTargets targets;
  private final SecretVault vault;
  private final WebhooksConfig config;

  SubscriptionService(
      SubscriptionRepository subscriptions,
      WebhookPermissions permissions,
      WebhookTargets targets,
      SecretVault vault,
      WebhooksConfig config) {
    this.subscriptions = subscriptions;
    this.permissions = permissions;
    this.targets = targets;
    this.vault = vault;
    this.config = config;
  }

  /** A new subscription of the manager's organisation; its secret is in this answer only. */
  @Transactional
  public SubscriptionView create(Manager manager, SubscriptionRequest request) {
    validate(request.url(), request.eventTypes());
    OffsetDateTime now = now();
    String secret = WebhookSigner.newSecret();
    WebhookSubscription s = new WebhookSubscription();
    s.id = UUID.randomUUID();
    s.organisationId = manager.organisationId();
    s.secret = vault.seal(secret);
    s.enabled = true;
    s.createdAt = now;
    write(s, request.url(), request.eventTypes(), request.description(), request.filters(), now);
    subscriptions.add(s);
    return SubscriptionConversions.view(s).withSecret(secret);
  }

  @Transactional
  public SubscriptionView find(Manager manager, UUID id) {
    return SubscriptionConversions.view(owned(manager, id));
  }

  /** The manager's organisation's subscriptions; a coordinator's list holds everybody's. */
  @Transactional
  public Page<SubscriptionView> list(Manager manager, Boolean enabled, PageRequest page) {
    UUID organisation = manager.coordinator() ? null : manager.organisationId();
    return subscriptions.list(organisation, enabled, page).map(SubscriptionConversions::view);
  }

  @Transactional
  public SubscriptionView replace(
      Manager manager, UUID id, IfMatch ifMatch, SubscriptionRequest request) {
    WebhookSubscription s = owned(manager, id);
    ifMatch.check(s.version);
    validate(request.url(), request.eventTypes());
    write(s, request.url(), request.eventTypes(), request.description(), request.filters(), now());
    subscriptions.flush();
    return SubscriptionConversions.view(s);
  }

  @Transactional
  public SubscriptionView patch(
      Manager manager, UUID id, IfMatch ifMatch, SubscriptionPatch patch) {
    WebhookSubscription s = owned(manager, id);
    ifMatch.check(s.version);
    String url = patch.url() == null ? s.url : patch.url();
    List<String> types = patch.eventTypes() == null ? List.of(s.eventTypes) : patch.eventTypes();
    validate(url, types);
    String description = patch.description() == null ? s.description : patch.description();
    SubscriptionFilters filters =
        patch.filters() == null ? SubscriptionConversions.view(s).filters() : patch.filters();
    write(s, url, types, description, filters, now());
    if (patch.enabled() != null) {
      enable(s, patch.enabled());
    }
    subscriptions.flush();
    return SubscriptionConversions.view(s);
  }

  @Transactional
  public void delete(Manager manager, UUID id, IfMatch ifMatch) {
    WebhookSubscription s = owned(manager, id);
    ifMatch.check(s.version);
    subscriptions.remove(s);
  }

  /** A new secret, shown once; the current one keeps signing for the configured overlap. */
  @Transactional
  public DeliveryViews.SecretRotation rotateSecret(Manager manager, UUID id) {
    WebhookSubscription s = owned(manager, id);
    String secret = WebhookSigner.newSecret();
    OffsetDateTime now = now();
    s.previousSecret = s.secret;
    s.previousSecretExpiresAt = now.plus(config.rotationOverlap());
    s.secret = vault.seal(secret);
    s.updatedAt = now;
    subscriptions.flush();
    return new DeliveryViews.SecretRotation(secret, s.previousSecretExpiresAt, s.version);
  }

  /** The subscription, if the manager may see it; else a 404. Needs a transaction. */
  WebhookSubscription owned(Manager manager, UUID id) {
    WebhookSubscription s = subscriptions.find(id).orElseThrow(() -> new SubscriptionNotFound(id));
    permissions.checkAccess(manager, s);
    return s;
  }

  private void validate(String url, List<String> eventTypes) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < eventTypes.size(); i++) {
      if (!WebhookEventTypes.subscribable(eventTypes.get(i))) {
        errors.add(
            new FieldError(
                "eventTypes[" + i + "]",
                "must be one of " + String.join(", ", WebhookEventTypes.SUBSCRIBABLE)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    targets.requireAllowed("url", url);
  }

  private static void write(
      WebhookSubscription s,
      String url,
      List<String> types,
      String description,
      SubscriptionFilters filters,
      OffsetDateTime now) {
    s.url = url.trim();
    s.eventTypes = types.stream().distinct().toArray(String[]::new);
    s.description = description;
    SubscriptionConversions.applyFilters(s, filters);
    s.updatedAt = now;
  }

  private static void enable(WebhookSubscription s, boolean enabled) {
    if (enabled && !s.enabled) {
      s.disabledAt = null;
      s.disabledReason = null;
      s.failingSince = null;
    } else if (!enabled && s.enabled) {
      s.disabledAt = now();
      s.disabledReason = "Disabled by its owner";
    }
    s.enabled = enabled;
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
