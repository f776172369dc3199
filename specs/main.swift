// The specs executable: every stack declared under specs/, handed to the vigil command line.
// `make generate` builds and runs it; add a new stack's `stack` to this list.
import Vigil

VigilCLI.main(stacks: [
    AutoDealGenie.stack,
    Analytics.stack,
    Procur.stack,
    Aurum.stack,
    CRM.stack,
])
