package uk.gov.signpost.memory;

import uk.gov.signpost.platform.InvalidFieldException;

/** The resume code is wrong, used or expired. The three look the same, so a guesser learns nothing. */
public class ResumeCodeInvalidException extends InvalidFieldException {

    public ResumeCodeInvalidException() {
        super("resume_code_invalid", "code", "That code did not work. Check it and try again. A code works once,"
                + " and only for a limited time.");
    }
}
