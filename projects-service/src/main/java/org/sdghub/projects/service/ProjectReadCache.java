package org.sdghub.projects.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import org.sdghub.projects.config.ReadCacheConfig;

/**
 * Projects as last read, ready to send, by id, up to a configured size. An entry is forgotten after
 * a change of its project commits: on this instance by the writer, right after commit, on every
 * instance when the change feed announces it. It is served only while the feed listens, outside
 * transactions, and while its participants' names are current.
 *
 * <p>A read that missed fills the entry only if no change of that project was announced, and no
 * resynchronisation happened, since before it read the database: otherwise a slow read could put
 * back a version that a change had just made obsolete.
 */
@ApplicationScoped
public class ProjectReadCache {

  /** The read and the organisation generation its participants were named at. */
  private record Entry(RenderedProject project, long organisations) {
    int weight() {
      return project.json().length + 96;
    }
  }

  private static final int STRIPES = 1024;

  private final OrganisationDirectory organisations;
  private final AfterCommit afterCommit;
  private final Cache<UUID, Entry> cache;
  private final AtomicLongArray changes = new AtomicLongArray(STRIPES);
  private final AtomicLong resynchronisations = new AtomicLong();
  private volatile boolean listening;

  ProjectReadCache(
      ReadCacheConfig config,
      OrganisationDirectory organisations,
      AfterCommit afterCommit,
      MeterRegistry meters) {
    this.organisations = organisations;
    this.afterCommit = afterCommit;
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(config.maximumSize().asLongValue())
            .weigher((UUID id, Entry entry) -> entry.weight())
            .recordStats()
            .build();
    CaffeineCacheMetrics.monitor(meters, cache, "projects");
  }

  /** The project from memory if it is there and current, else as {@code render} reads it. */
  RenderedProject read(UUID id, Function<UUID, RenderedProject> render) {
    if (!listening || !organisations.exact() || afterCommit.inTransaction()) {
      return render.apply(id);
    }
    long named = organisations.generation();
    Entry hit = cache.getIfPresent(id);
    if (hit != null && hit.organisations() == named) {
      return hit.project();
    }
    long resynchronisation = resynchronisations.get();
    long change = changes.get(stripe(id));
    RenderedProject fresh = render.apply(id);
    cache
        .asMap()
        .compute(
            id,
            (key, old) -> {
              if (resynchronisations.get() != resynchronisation
                  || changes.get(stripe(id)) != change) {
                return old;
              }
              if (old != null && old.project().version() > fresh.version()) {
                return old;
              }
              return new Entry(fresh, named);
            });
    return fresh;
  }

  /** Forgets the project once the current transaction (which changes it) has ended. */
  void forgetAfterCommit(UUID id) {
    afterCommit.whenEnded(committed -> forget(id));
  }

  /** Forgets the project: a change of it committed. */
  void forget(UUID id) {
    // The stripe first: a read in flight that still holds the previous version cannot fill it in.
    changes.incrementAndGet(stripe(id));
    cache.invalidate(id);
  }

  /** Forgets everything and serves from memory again: the feed (again) hears every change. */
  void resume() {
    resynchronisations.incrementAndGet();
    cache.invalidateAll();
    listening = true;
  }

  /** Forgets everything and serves from the database until {@link #resume}. */
  void suspend() {
    listening = false;
    resynchronisations.incrementAndGet();
    cache.invalidateAll();
  }

  private static int stripe(UUID id) {
    return Math.floorMod(id.hashCode(), STRIPES);
  }
}
