package nl.verteller.cli;

import java.util.concurrent.Callable;
import nl.verteller.config.Config;
import nl.verteller.kiosk.StaffPin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hash-pin PIN}: the settings line that sets the staff PIN, without the PIN itself in the file. */
@Command(name = "hash-pin", description = "the configuration line for the staff PIN")
final class HashPinCommand implements Callable<Integer> {
    @ParentCommand
    private VertellerCommand verteller;

    @Parameters(paramLabel = "PIN", description = "4 to 12 digits")
    private String pin;

    @Override
    public Integer call() throws UsageException {
        if (!pin.matches("\\d{4,12}")) {
            throw new UsageException("hash-pin takes one PIN of 4 to 12 digits");
        }
        verteller.out().println(Config.KIOSK_ADMIN_PIN.name() + "=" + StaffPin.hash(pin));
        return 0;
    }
}
