package org.sdghub.platform.testing.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sdghub.platform.Conflict;
import org.sdghub.platform.IfMatch;
import org.sdghub.platform.InvalidInput;
import org.sdghub.platform.NotFound;
import org.sdghub.platform.Page;
import org.sdghub.platform.PageRequest;
import org.sdghub.platform.testing.http.WidgetApi.NewWidget;
import org.sdghub.platform.testing.http.WidgetApi.WidgetChange;
import org.sdghub.platform.testing.http.WidgetApi.WidgetView;

/** Test-only use cases of widgets, written the way services write theirs. */
@ApplicationScoped
public class WidgetService {

  /** A name that makes the create fail after its insert, to prove the rollback. */
  static final String FAILS_AFTER_INSERT = "fails after insert";

  static final Map<String, String> SORTABLE =
      Map.of("rank", "rank", "name", "nameEn", "updatedAt", "updatedAt");

  private static final Set<String> COVERED_COUNTRIES = Set.of("KZ", "KG", "TJ", "TM", "UZ", "AF");

  @Transactional
  public WidgetView create(NewWidget request, UUID organisation) {
    checkCountries(request);
    Optional<Widget> existing =
        Widget.find("batch = ?1 and nameEn = ?2", request.batch(), request.name().en())
            .firstResultOptional();
    if (existing.isPresent()) {
      throw Conflict.duplicateOf(existing.get().id, "A widget with this name exists in the batch.");
    }
    Widget widget = new Widget();
    widget.id = UUID.randomUUID();
    widget.organisationId = organisation;
    widget.batch = request.batch();
    widget.nameEn = request.name().en();
    widget.nameRu = request.name().ru();
    widget.rank = request.rank();
    widget.madeOn = request.madeOn();
    widget.updatedAt = Instant.now();
    widget.persistAndFlush();
    if (FAILS_AFTER_INSERT.equals(widget.nameEn)) {
      throw new InvalidInput("name.en", "is refused after the insert");
    }
    return WidgetView.of(widget);
  }

  public WidgetView find(UUID id) {
    return WidgetView.of(load(id));
  }

  @Transactional
  public WidgetView update(UUID id, IfMatch precondition, WidgetChange change) {
    return change(id, precondition, change, false);
  }

  /** The same update, held at the {@link SlowGate} between its check and its write. */
  @Transactional
  public WidgetView updateSlowly(UUID id, IfMatch precondition, WidgetChange change) {
    return change(id, precondition, change, true);
  }

  private WidgetView change(UUID id, IfMatch precondition, WidgetChange change, boolean slowly) {
    Widget widget = load(id);
    precondition.check(widget.version);
    if (slowly) {
      SlowGate.pass();
    }
    widget.nameEn = change.name().en();
    widget.nameRu = change.name().ru();
    widget.rank = change.rank();
    widget.updatedAt = Instant.now();
    widget.flush();
    return WidgetView.of(widget);
  }

  public Page<WidgetView> list(String batch, Optional<Instant> updatedSince, PageRequest page) {
    String query = "batch = ?1 and updatedAt >= ?2";
    Object[] params = {batch, updatedSince.orElse(Instant.EPOCH)};
    List<Widget> items =
        Widget.<Widget>find(query, page.panacheSort(), params).page(page.panachePage()).list();
    return Page.of(items, page, Widget.count(query, params)).map(WidgetView::of);
  }

  private static Widget load(UUID id) {
    return Widget.<Widget>findByIdOptional(id).orElseThrow(() -> NotFound.of("widget", id));
  }

  private static void checkCountries(NewWidget request) {
    if (request.locations() == null) {
      return;
    }
    for (int i = 0; i < request.locations().size(); i++) {
      if (!COVERED_COUNTRIES.contains(request.locations().get(i).country())) {
        throw new InvalidInput("locations[" + i + "].country", "is not a country SDG Hub covers");
      }
    }
  }
}
