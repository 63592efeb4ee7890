package uk.gov.signpost.model;

/**
 * Supplied by the module that runs the pilot: whether the remote model may be called at all. When it says no,
 * every call goes to offline mode at once, without touching the provider. Asked before every remote call, so it
 * must be cheap.
 */
@FunctionalInterface
public interface RemoteModelSwitch {

    /** Always on: what {@link Models} uses when no module supplies a switch. */
    RemoteModelSwitch ALWAYS_ON = () -> true;

    boolean remoteAllowed();
}
