package vn.dnnd.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/**
 * The "Commands:" list of every help page with both description lines of each command, Vietnamese then English:
 * picocli shows only the first line, which left English readers with Vietnamese only.
 */
final class BilingualCommandList implements CommandLine.IHelpSectionRenderer {

    private BilingualCommandList() {
    }

    /** Installs the list on a command and all its subcommands. */
    static void installOn(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
                new BilingualCommandList());
        commandLine.getSubcommands().values().forEach(BilingualCommandList::installOn);
    }

    @Override
    public String render(Help help) {
        Map<String, Help> commands = help.subcommands();
        if (commands.isEmpty()) {
            return "";
        }
        int nameWidth = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
        int width = help.commandSpec().usageMessage().width();
        TextTable table = TextTable.forColumns(help.colorScheme(), new Column(nameWidth, 2, Column.Overflow.SPAN),
                new Column(Math.max(20, width - nameWidth), 1, Column.Overflow.WRAP));
        for (Map.Entry<String, Help> command : commands.entrySet()) {
            String[] description = command.getValue().commandSpec().usageMessage().description();
            table.addRowValues(command.getKey(), description.length > 0 ? description[0] : "");
            for (int line = 1; line < description.length; line++) {
                table.addRowValues("", description[line]);
            }
        }
        return table.toString();
    }
}
