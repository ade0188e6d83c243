package org.f1pipeline.source.openf1;

/**
 * A row that belongs to one session. Every OpenF1 endpoint except {@code meetings} carries both keys, which is what
 * lets the client fetch a whole weekend with one query per endpoint and split it locally by {@link #sessionKey()}.
 */
public interface OpenF1Row {

    /** The weekend's key ({@code meeting_key}). */
    int meetingKey();

    /** The session's key ({@code session_key}). */
    int sessionKey();
}
