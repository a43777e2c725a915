package org.sdghub.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One normalised name or alias of an organisation ({@link NameKeys}), with the API field it comes
 * from ({@code name.ru}, {@code aliases[0]}) so that a duplicate can say which names met.
 */
@Embeddable
public record NameKey(
    @Column(name = "source") String source, @Column(name = "name_key") String normalised) {}
