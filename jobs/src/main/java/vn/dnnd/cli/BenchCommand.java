package vn.dnnd.cli;

import picocli.CommandLine.Command;

/** {@code bench}: benchmarks with synthetic data, measured against the same database. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Đo hiệu năng với dữ liệu tổng hợp (không đụng đến dữ liệu thật).",
                "(Benchmarks on synthetic data, kept apart from the real data.)"},
        subcommands = {BenchComputeCommand.class})
class BenchCommand {
}
