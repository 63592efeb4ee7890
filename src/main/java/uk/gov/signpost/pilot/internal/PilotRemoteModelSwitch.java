package uk.gov.signpost.pilot.internal;

import org.springframework.stereotype.Component;
import uk.gov.signpost.model.RemoteModelSwitch;
import uk.gov.signpost.pilot.KillSwitch;
import uk.gov.signpost.pilot.KillSwitchScope;

/** Tells the model's failover whether the remote model's kill switch is on, at every remote call. */
@Component
class PilotRemoteModelSwitch implements RemoteModelSwitch {

    private final KillSwitch killSwitch;

    PilotRemoteModelSwitch(KillSwitch killSwitch) {
        this.killSwitch = killSwitch;
    }

    @Override
    public boolean remoteAllowed() {
        return !killSwitch.isOff(KillSwitchScope.REMOTE_MODEL);
    }
}
