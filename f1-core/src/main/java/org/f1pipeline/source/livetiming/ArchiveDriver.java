package org.f1pipeline.source.livetiming;

/**
 * One car of a session's {@code DriverList}, merged from the records up to the session's end (fields are taken from
 * the first record that carries them; later records never rename a car).
 *
 * @param number    racing number
 * @param tla       three-letter abbreviation, or null when the feed never sent one
 * @param firstName first name, or null
 * @param lastName  last name, or null
 * @param fullName  full name, or null
 * @param teamName  team name as broadcast, or null
 */
public record ArchiveDriver(int number, String tla, String firstName, String lastName, String fullName,
                            String teamName) {
}
