package org.f1pipeline.domain;

import org.f1pipeline.internal.Checks;

/** A team (constructor), keyed by its Jolpica id. {@code nationality} may be null. */
public record Constructor(ConstructorId id, String name, String nationality) {

    public Constructor {
        Checks.notNull(id, "constructor.id");
        Checks.notBlank(name, "constructor.name");
    }
}
