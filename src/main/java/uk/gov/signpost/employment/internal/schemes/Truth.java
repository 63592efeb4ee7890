package uk.gov.signpost.employment.internal.schemes;

/**
 * Whether a condition holds for what a person told us: {@code UNKNOWN} when it depends on something they have not
 * said. Combined as in Kleene's three-valued logic: "and" is false if either side is false, "or" is true if either
 * side is true, and otherwise unknown wins over the rest.
 */
enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
