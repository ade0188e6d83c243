package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/race_control}: a message from race control (flags, safety car, DRS, incidents).
 *
 * @param date            when it was issued, or null
 * @param driverNumber    the car concerned, or null
 * @param lapNumber       the leader's lap when it was issued, or null
 * @param category        {@code Flag}, {@code SafetyCar}, {@code Drs}, {@code CarEvent}, {@code SessionStatus},
 *                        {@code Other}, ... or null
 * @param flag            {@code GREEN}, {@code YELLOW}, {@code DOUBLE YELLOW}, {@code CLEAR}, {@code RED},
 *                        {@code CHEQUERED}, {@code BLUE}, {@code BLACK AND WHITE}, ... or null
 * @param scope           {@code Track}, {@code Sector}, {@code Driver}, ... or null
 * @param sector          the marshal sector, or null
 * @param qualifyingPhase 1-3 in qualifying, else null
 * @param message         the message text, e.g. {@code "SAFETY CAR DEPLOYED"}, or null
 */
public record OpenF1RaceControl(int meetingKey, int sessionKey, Instant date, Integer driverNumber,
                                Integer lapNumber, String category, String flag, String scope, Integer sector,
                                Integer qualifyingPhase, String message) implements OpenF1Row {
}
