package org.sdghub.projects.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.sdghub.projects.config.ReadCacheConfig;
import org.sdghub.projects.repository.ChangeFeed;

/**
 * Keeps the in-memory read copies exact from start to shutdown: runs the change feed and turns what
 * it hears into forgetting a project, reading an organisation again, or starting over.
 */
@ApplicationScoped
class ReadCacheFeed implements ChangeFeed.Receiver {

  private static final Logger LOG = Logger.getLogger(ReadCacheFeed.class);

  private final ReadCacheConfig config;
  private final AgroalDataSource dataSource;
  private final ProjectReadCache projects;
  private final OrganisationDirectory organisations;
  private final Counter resynchronisations;
  private volatile boolean listening;
  private ChangeFeed feed;

  ReadCacheFeed(
      ReadCacheConfig config,
      AgroalDataSource dataSource,
      ProjectReadCache projects,
      OrganisationDirectory organisations,
      MeterRegistry meters) {
    this.config = config;
    this.dataSource = dataSource;
    this.projects = projects;
    this.organisations = organisations;
    this.resynchronisations =
        Counter.builder("sdghub.projects.read-cache.resynchronisations")
            .description(
                "Times the read copies were dropped and reloaded as the feed (re)connected")
            .register(meters);
    Gauge.builder("sdghub.projects.read-cache.listening", this, f -> f.listening ? 1 : 0)
        .description("1 while reads may be served from memory: the change feed is listening")
        .register(meters);
    Gauge.builder("sdghub.projects.read-cache.organisations", organisations, o -> o.size())
        .description("Organisations of the partner registry copy held in memory")
        .register(meters);
  }

  synchronized void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      LOG.info(
          "Read cache off (sdghub.projects.read-cache.enabled=false): reads go to the database");
      return;
    }
    feed =
        new ChangeFeed(
            dataSource,
            this,
            new ChangeFeed.Settings(config.retryInitial(), config.retryMax(), config.heartbeat()));
    feed.start();
  }

  synchronized void onShutdown(@Observes ShutdownEvent event) {
    if (feed != null) {
      feed.stop();
      feed = null;
    }
  }

  @Override
  public void listening() {
    organisations.reload();
    projects.resume();
    listening = true;
    resynchronisations.increment();
    LOG.debugf("Read copies reloaded: %d organisations", organisations.size());
  }

  @Override
  public void deaf() {
    listening = false;
    projects.suspend();
    organisations.suspend();
  }

  @Override
  public void projectChanged(UUID id) {
    projects.forget(id);
  }

  @Override
  public void organisationChanged(UUID id) {
    organisations.refresh(id);
  }
}
