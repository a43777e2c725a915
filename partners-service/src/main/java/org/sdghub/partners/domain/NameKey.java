package org.sdghub.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One name or alias of an organisation in its folded forms ({@link NameKeys}): the key that exact
 * duplicates share, and the folded words without the generic ones ({@link GenericWords}) that near
 * matches are scored on, with the API field it comes from ({@code name.ru}, {@code aliases[0]}) so
 * that a duplicate can say which names met.
 */
@Embeddable
public record NameKey(
    @Column(name = "source") String source,
    @Column(name = "name_key") String normalised,
    @Column(name = "folded") String folded) {

  /** The folded forms of a name in {@code language} (null when not known), from {@code source}. */
  public static NameKey of(String source, String language, String name) {
    String folded = NameKeys.fold(name, language);
    return new NameKey(source, folded.replace(" ", ""), GenericWords.strip(folded));
  }
}
