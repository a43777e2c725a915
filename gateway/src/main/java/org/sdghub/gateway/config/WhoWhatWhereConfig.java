package org.sdghub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * The who-what-where read model's settings ({@code sdghub.who-what-where.*}): which consumer group
 * and topics it is kept from (the same as the inbox's), how often its lag is measured, rebuilds,
 * exports and the change feed.
 */
@ConfigMapping(prefix = "sdghub.who-what-where")
public interface WhoWhatWhereConfig {

  /**
   * The inbox consumer group whose lag is reported; the same as sdghub.events.consumer.group-id.
   */
  @WithDefault("gateway")
  String groupId();

  /** The topics the read model is kept from and a rebuild replays. */
  @WithDefault("sdghub.partners.v1,sdghub.projects.v1")
  List<String> topics();

  /** How often the lag per topic is measured (it is reported as last measured). */
  @WithDefault("5s")
  Duration lagEvery();

  /** How long one rebuild's transaction may take. */
  @WithDefault("15m")
  Duration rebuildTimeout();

  /** Rows an export reads from the database at a time (its memory does not grow with its size). */
  @WithDefault("500")
  int exportFetchSize();

  /**
   * How long the change feed keeps events; a Last-Event-ID older than this resumes at the oldest.
   */
  @WithDefault("P7D")
  Duration feedRetention();

  /** How often an idle event stream sends a comment, so that proxies keep it open. */
  @WithDefault("15s")
  Duration feedHeartbeat();

  /** How often an event stream looks for new events. */
  @WithDefault("250ms")
  Duration feedPollEvery();
}
