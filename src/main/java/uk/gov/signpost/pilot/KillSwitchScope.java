package uk.gov.signpost.pilot;

/** What a kill switch turns off. */
public enum KillSwitchScope {
    /** The whole assistant: people are sent to the existing services instead. */
    SERVICE("service"),
    /** Only the remote model: turns run in offline mode. */
    REMOTE_MODEL("remote_model");

    private final String dbValue;

    KillSwitchScope(String dbValue) {
        this.dbValue = dbValue;
    }

    public String dbValue() {
        return dbValue;
    }

    public static KillSwitchScope fromDb(String value) {
        for (KillSwitchScope scope : values()) {
            if (scope.dbValue.equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("Unknown kill switch scope " + value);
    }
}
