package vn.dnnd.cli;

import picocli.CommandLine.Command;

/** {@code review}: reviewers' decisions on the versions organisations send, and the exceptions to a period's lock. */
@Command(name = "review",
        mixinStandardHelpOptions = true,
        description = {"Duyệt báo cáo: liệt kê phiên bản, duyệt, trả lại kèm lý do, mở lại quyết định; mở lại kỳ đã khóa "
                + "sổ cho một đơn vị.",
                "(Review of submissions: list versions, accept, return with a reason, reopen a decision; open a locked "
                        + "period again for one organisation.)"},
        subcommands = {ReviewListCommand.class, ReviewDecideCommand.Accept.class, ReviewDecideCommand.Return.class,
                ReviewDecideCommand.Reopen.class, ReviewUnlockCommand.class})
class ReviewCommand {
}
