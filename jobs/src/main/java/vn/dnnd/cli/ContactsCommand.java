package vn.dnnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.schedule.reminder.ContactsService;
import vn.dnnd.system.HomeDirectory;

@Command(name = "contacts",
        mixinStandardHelpOptions = true,
        description = {"Nạp địa chỉ thư liên hệ của các đơn vị từ tệp CSV (code,email) để gửi thư nhắc.",
                "(Load organisations' contact e-mail addresses for reminders from a CSV file with header code,email.)"},
        subcommands = {ContactsCommand.Load.class})
class ContactsCommand {

    @Command(name = "load",
            mixinStandardHelpOptions = true,
            description = {"Nạp tệp liên hệ; một dòng sai thì không thay đổi gì. Email trống xoá địa chỉ.",
                    "(Load the contacts file; one bad line and nothing changes. An empty email clears the address.)"})
    static class Load extends ApplicationCommand<Load.Services> {

        record Services(HomeDirectory home, ContactsService contacts) {
        }

        @Option(names = "--file", paramLabel = "FILE",
                description = "Tệp CSV (default: <home>/config/contacts.csv).")
        Path file;

        Load() {
            super(Services.class);
        }

        @Override
        protected int run(Services services, PrintWriter out) {
            Path source = file != null ? file
                    : services.home().root().resolve("config").resolve("contacts.csv");
            ContactsService.Result result = services.contacts().load(source.toAbsolutePath());
            out.printf("Đã nạp liên hệ từ (contacts loaded from) %s: đặt (set) %d, xoá (cleared) %d%n", result.file(),
                    result.set(), result.cleared());
            return 0;
        }
    }
}
