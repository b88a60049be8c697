package vn.dnnd.cli;

import picocli.CommandLine.Command;

/** {@code bench}: benchmarks with synthetic data; each subcommand measures one part of the pipeline. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Đo hiệu năng với dữ liệu tổng hợp, không đụng đến dữ liệu thật (benchmarks on synthetic data, kept apart from the real data).",
                "Kết quả và lệnh chính xác ghi trong docs/benchmarks.md (results and commands in docs/benchmarks.md)."},
        subcommands = {BenchIngestCommand.class, BenchComputeCommand.class, BenchUploadCommand.class, BenchClusterCommand.class,
                BenchPipelineCommand.class})
class BenchCommand {
}
