package org.sdghub.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sdghub.projects.domain.KnownOrganisation;
import org.sdghub.projects.repository.KnownOrganisationRepository;
import org.sdghub.projects.repository.KnownOrganisationRepository.Stored;

/**
 * The local copy of the partner registry held in memory for reads (hundreds to a few thousand
 * organisations): loaded whole whenever the change feed starts listening, then changed one
 * organisation at a time, after commit, by this instance's event handler and by the feed's
 * announcements of every instance's commits. While it cannot be sure to be exact (the feed is not
 * listening, or an organisation change of this instance is committing) it answers from the database
 * instead. Validation of writes does not use it: writes check the committed truth.
 */
@ApplicationScoped
public class OrganisationDirectory {

  private final KnownOrganisationRepository repository;
  private final AfterCommit afterCommit;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicInteger committing = new AtomicInteger();
  private volatile Map<UUID, Stored> copy = new ConcurrentHashMap<>();
  private volatile boolean listening;

  OrganisationDirectory(KnownOrganisationRepository repository, AfterCommit afterCommit) {
    this.repository = repository;
    this.afterCommit = afterCommit;
  }

  /** The known organisations among these ids, by id (unknown ids are absent). */
  public Map<UUID, KnownOrganisation> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    if (!exact()) {
      return repository.findAll(ids);
    }
    Map<UUID, KnownOrganisation> found = new HashMap<>();
    Map<UUID, Stored> current = copy;
    for (UUID id : ids) {
      Stored stored = id == null ? null : current.get(id);
      if (stored != null) {
        found.put(id, stored.organisation());
      }
    }
    return found;
  }

  /**
   * Records that the current transaction writes this organisation at this registry version: until
   * it ends, reads go to the database; once it committed, memory holds what it wrote.
   */
  public void written(KnownOrganisation organisation, long version) {
    committing.incrementAndGet();
    try {
      afterCommit.whenEnded(
          committed -> {
            try {
              if (committed) {
                merge(new Stored(organisation, version));
              }
            } finally {
              committing.decrementAndGet();
            }
          });
    } catch (RuntimeException e) {
      committing.decrementAndGet();
      throw e;
    }
  }

  /**
   * Changes whenever what a read shows of some organisation (name, archived flag) may have changed;
   * a read taken at one generation is current as long as the generation is.
   */
  long generation() {
    return generation.get();
  }

  /** Loads the whole copy as committed now; from here on memory answers. */
  void reload() {
    Map<UUID, Stored> loaded = new ConcurrentHashMap<>();
    repository.loadAll().forEach(s -> loaded.put(s.organisation().id(), s));
    copy = loaded;
    generation.incrementAndGet();
    listening = true;
  }

  /** Announcements may be missed from now on: the database answers until {@link #reload}. */
  void suspend() {
    listening = false;
    generation.incrementAndGet();
  }

  /** Reads one organisation again, as committed, after another instance changed it. */
  void refresh(UUID id) {
    repository
        .load(id)
        .ifPresentOrElse(
            this::merge,
            () -> {
              if (copy.remove(id) != null) {
                generation.incrementAndGet();
              }
            });
  }

  /** How many organisations memory holds. */
  int size() {
    return copy.size();
  }

  /** Whether memory is known to hold what is committed (else reads go to the database). */
  boolean exact() {
    return listening && committing.get() == 0;
  }

  // The registry's versions only grow (the inbox ignores older events), so a late, older reading
  // never replaces a newer one.
  private void merge(Stored fresh) {
    boolean[] shown = {false};
    copy.compute(
        fresh.organisation().id(),
        (id, old) -> {
          if (old != null && old.version() > fresh.version()) {
            return old;
          }
          shown[0] = old == null || showsDifferently(old.organisation(), fresh.organisation());
          return fresh;
        });
    if (shown[0]) {
      generation.incrementAndGet();
    }
  }

  private static boolean showsDifferently(KnownOrganisation a, KnownOrganisation b) {
    return a.archived() != b.archived() || !Objects.equals(a.name(), b.name());
  }
}
