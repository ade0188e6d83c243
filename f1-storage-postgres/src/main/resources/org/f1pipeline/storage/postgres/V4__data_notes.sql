-- Notes on irregular published data (issue 9): vacant positions, qualifiers without a race row, shared drives, a
-- qualifying order taken from the race's grid. Written by the ingest jobs with the session's rows.
CREATE TABLE data_notes (
    season    INTEGER NOT NULL,
    round     INTEGER NOT NULL,
    session   TEXT COLLATE "C" NOT NULL CHECK (session IN ('fp1', 'fp2', 'fp3', 'qualifying', 'sprint_qualifying',
                                                           'sprint', 'race')),
    seq       INTEGER NOT NULL CHECK (seq >= 1),
    kind      TEXT COLLATE "C" NOT NULL,
    note_text TEXT    NOT NULL,
    PRIMARY KEY (season, round, session, seq),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);
