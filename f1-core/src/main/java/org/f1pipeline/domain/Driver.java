package org.f1pipeline.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * A driver, keyed by the stable Jolpica id. {@code code} (three letters) and {@code permanentNumber} are absent
 * for older drivers; {@code dateOfBirth} and {@code nationality} may be null.
 */
public record Driver(DriverId id, String code, Integer permanentNumber, String givenName, String familyName,
                     LocalDate dateOfBirth, String nationality) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3}");

    public Driver {
        Checks.notNull(id, "driver.id");
        Checks.notBlank(familyName, "driver.familyName");
        if (code != null && !CODE.matcher(code).matches()) {
            throw new InvalidInputException("driver.code",
                    "driver.code must be three upper-case letters, was '" + code + "'");
        }
        Checks.inRange(permanentNumber, 0, 999, "driver.permanentNumber");
    }

    /** "Given Family", or just the family name. */
    public String fullName() {
        return givenName == null || givenName.isBlank() ? familyName : givenName + " " + familyName;
    }
}
