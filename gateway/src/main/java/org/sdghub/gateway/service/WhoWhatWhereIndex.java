package org.sdghub.gateway.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.sdghub.gateway.config.WhoWhatWhereIndexConfig;
import org.sdghub.gateway.domain.WhoWhatWhereCube;
import org.sdghub.gateway.domain.WhoWhatWhereGroup;
import org.sdghub.gateway.domain.WhoWhatWhereQuery;
import org.sdghub.gateway.repository.CubeSource;
import org.sdghub.platform.PageRequest;

/**
 * Keeps the who-what-where rows in memory ({@link WhoWhatWhereCube}) and answers grouped queries
 * from there, never from a copy older than the read model: a query first reads how far the read
 * model has got (the last change-feed entry and the last apply, one cheap statement) and, when the
 * index is behind, wakes its follower and waits for it (up to {@code catch-up-wait}); if it is
 * still behind, or not built yet, PostgreSQL answers instead. So an answer from memory is the one
 * the database would give at the moment the query began.
 *
 * <p>The follower thread builds the index at start (queries go to PostgreSQL meanwhile), then
 * follows the change feed, which every applied event is appended to in its own transaction: each
 * entry names the project (or organisation) to read again. Every instance of the gateway follows
 * the same feed, so writes applied by another instance reach this one's index too. What the feed
 * cannot tell — a rebuild of the read model, exchange rates applied to many budgets at once, a feed
 * cut by retention — makes it rebuild the index from the tables.
 */
@ApplicationScoped
public class WhoWhatWhereIndex {

  private static final Logger LOG = Logger.getLogger(WhoWhatWhereIndex.class);
  private static final int TOUCHES_PER_READ = 1000;

  private final CubeSource source;
  private final WhoWhatWhereIndexConfig config;
  private final MeterRegistry registry;
  private final Object monitor = new Object();
  private volatile WhoWhatWhereCube cube;
  private volatile CubeSource.Mark mark;
  private volatile boolean running;
  private boolean wanted;
  private boolean rebuildWanted;
  private Thread follower;

  WhoWhatWhereIndex(CubeSource source, WhoWhatWhereIndexConfig config, MeterRegistry registry) {
    this.source = source;
    this.config = config;
    this.registry = registry;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      LOG.info("The in-memory who-what-where index is off: PostgreSQL answers grouped queries");
      return;
    }
    Gauge.builder("sdghub.who_what_where.index.rows", this, i -> i.rows())
        .description("Who-what-where rows held in memory for grouped queries")
        .register(registry);
    running = true;
    follower = new Thread(this::follow, "sdghub-3w-index");
    follower.setDaemon(true);
    follower.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    Thread thread = follower;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The groups of a grouped query from memory, or empty when PostgreSQL must answer (the index is
   * off, not built yet, or could not catch up in time).
   */
  public Optional<List<WhoWhatWhereGroup>> groups(WhoWhatWhereQuery query) {
    if (!running || cube == null) {
      return Optional.empty();
    }
    CubeSource.Mark now = source.mark();
    if (!awaitCaughtUp(now)) {
      return Optional.empty();
    }
    return Optional.of(cube.groups(query, LocalDate.now(ZoneOffset.UTC)));
  }

  /**
   * One page of the matching projects (ids and total) from memory when the page is ordered by a
   * field the index orders exactly as PostgreSQL does (dates, status, last update, id: not titles,
   * whose order is the database's collation); else empty, and PostgreSQL answers.
   */
  public Optional<WhoWhatWhereCube.Matching> projects(WhoWhatWhereQuery query, PageRequest page) {
    List<PageRequest.Order> order = page.order();
    PageRequest.Order first = order.get(0);
    boolean tieById =
        order.size() == 1
            || (order.size() == 2
                && order.get(1).attribute().equals(PageRequest.TIE_BREAKER)
                && order.get(1).ascending());
    if (!running
        || cube == null
        || !tieById
        || !WhoWhatWhereCube.ORDERABLE.contains(first.attribute())) {
      return Optional.empty();
    }
    CubeSource.Mark now = source.mark();
    if (!awaitCaughtUp(now)) {
      return Optional.empty();
    }
    return Optional.of(
        cube.projects(query, first.attribute(), first.ascending(), page.offset(), page.size()));
  }

  /** Whether the index holds the read model as of {@code now} (or later). */
  boolean caughtUp(CubeSource.Mark now) {
    CubeSource.Mark held = mark;
    return cube != null
        && held != null
        && held.feedId() >= now.feedId()
        && !after(now.appliedAt(), held.appliedAt());
  }

  /** Rebuilds the index from the tables, e.g. after the read model itself was rebuilt. */
  public void rebuild() {
    synchronized (monitor) {
      rebuildWanted = true;
      monitor.notifyAll();
    }
  }

  private long rows() {
    WhoWhatWhereCube current = cube;
    return current == null ? 0 : current.rows();
  }

  private boolean awaitCaughtUp(CubeSource.Mark now) {
    if (caughtUp(now)) {
      return true;
    }
    long deadline = System.nanoTime() + config.catchUpWait().toNanos();
    synchronized (monitor) {
      wanted = true;
      monitor.notifyAll();
      while (!caughtUp(now)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          monitor.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }

  private void follow() {
    while (running) {
      try {
        boolean fromScratch;
        synchronized (monitor) {
          fromScratch = rebuildWanted || cube == null;
          rebuildWanted = false;
          wanted = false;
        }
        if (fromScratch) {
          build();
        } else {
          catchUp();
        }
        synchronized (monitor) {
          monitor.notifyAll();
          if (!wanted && !rebuildWanted) {
            monitor.wait(config.followEvery().toMillis());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The database is away or failed: queries go to PostgreSQL (or fail there) meanwhile.
        LOG.warnf("The who-what-where index could not follow the read model: %s", e.toString());
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void build() {
    long started = System.nanoTime();
    CubeSource.Mark target = source.mark();
    WhoWhatWhereCube fresh = new WhoWhatWhereCube();
    source.organisations(null).forEach(o -> fresh.organisation(o.id(), o.kind(), o.type()));
    source.allRows(config.fetchSize(), fresh::replace);
    cube = fresh;
    mark = target;
    LOG.infof(
        "Who-what-where index built: %d rows of %d projects in %d ms",
        fresh.rows(), fresh.projects(), (System.nanoTime() - started) / 1_000_000);
  }

  private void catchUp() {
    CubeSource.Mark target = source.mark();
    CubeSource.Mark held = mark;
    boolean feedCut = target.feedId() < held.feedId();
    boolean unexplained =
        target.feedId() == held.feedId() && after(target.appliedAt(), held.appliedAt());
    if (feedCut || unexplained || target.feedId() - held.feedId() > config.maxCatchUp()) {
      build();
      return;
    }
    long at = held.feedId();
    boolean needsBuild = false;
    while (at < target.feedId()) {
      List<CubeSource.Touch> touches = source.touchedAfter(at, TOUCHES_PER_READ);
      if (touches.isEmpty()) {
        break;
      }
      needsBuild |= apply(touches);
      at = touches.get(touches.size() - 1).id();
    }
    if (needsBuild) {
      build();
      return;
    }
    mark = new CubeSource.Mark(Math.max(at, target.feedId()), target.appliedAt());
  }

  /** Reads again what these entries touched; true when only a rebuild can account for them. */
  private boolean apply(List<CubeSource.Touch> touches) {
    Set<UUID> projects = new HashSet<>();
    Set<UUID> organisations = new HashSet<>();
    Set<String> currencies = new HashSet<>();
    boolean needsBuild = false;
    for (CubeSource.Touch touch : touches) {
      String type = touch.type();
      if (type.startsWith("org.sdghub.organisation.")) {
        organisations.add(UUID.fromString(touch.subject()));
      } else if (type.startsWith("org.sdghub.project.")) {
        projects.add(UUID.fromString(touch.subject()));
      } else if (type.startsWith("org.sdghub.exchange-rate.")) {
        if (touch.currency() == null) {
          needsBuild = true;
        } else {
          currencies.add(touch.currency());
        }
      } else if (touch.projectId() != null) {
        projects.add(UUID.fromString(touch.projectId()));
      }
    }
    if (needsBuild) {
      return true;
    }
    if (!currencies.isEmpty()) {
      projects.addAll(source.projectsBudgetedIn(currencies));
    }
    WhoWhatWhereCube current = cube;
    if (!organisations.isEmpty()) {
      source
          .organisations(organisations)
          .forEach(o -> current.organisation(o.id(), o.kind(), o.type()));
    }
    if (!projects.isEmpty()) {
      source.rowsOf(projects).forEach(current::replace);
    }
    return false;
  }

  private static boolean after(Instant a, Instant b) {
    return a != null && (b == null || a.isAfter(b));
  }
}
